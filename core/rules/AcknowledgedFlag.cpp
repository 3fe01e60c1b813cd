#include "AcknowledgedFlag.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace nd {

QString AcknowledgedFlag::discussedText() const
{
    if (!acknowledgement)
        return {};
    const QString day = acknowledgement->discussedOn.toString(Qt::ISODate);
    if (acknowledgement->note.trimmed().isEmpty())
        return QCoreApplication::translate("AcknowledgedFlag", "Discussed with care team on %1").arg(day);
    return QCoreApplication::translate("AcknowledgedFlag", "Discussed with care team on %1: %2")
        .arg(day, acknowledgement->note.trimmed());
}

QList<AcknowledgedFlag> mergeAcknowledgements(const QList<Flag> &flags,
                                              const QList<FlagAcknowledgement> &acknowledgements,
                                              QList<FlagAcknowledgement> *unmatched)
{
    QHash<QString, qsizetype> byKey;
    byKey.reserve(acknowledgements.size());
    for (qsizetype i = 0; i < acknowledgements.size(); ++i) {
        const FlagAcknowledgement &ack = acknowledgements[i];
        byKey.insert(Flag::key(ack.flagDate, ack.rule, ack.subject), i);
    }
    QList<AcknowledgedFlag> result;
    result.reserve(flags.size());
    QSet<qsizetype> used;
    for (const Flag &flag : flags) {
        AcknowledgedFlag item{flag, std::nullopt};
        if (const auto it = byKey.constFind(flag.key()); it != byKey.cend()) {
            item.acknowledgement = acknowledgements[*it];
            used.insert(*it);
        }
        result.append(item);
    }
    if (unmatched) {
        unmatched->clear();
        for (qsizetype i = 0; i < acknowledgements.size(); ++i)
            if (!used.contains(i))
                unmatched->append(acknowledgements[i]);
    }
    return result;
}

} // namespace nd
