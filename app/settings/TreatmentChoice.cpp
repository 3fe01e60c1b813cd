#include "TreatmentChoice.h"

namespace nd {

using namespace Qt::StringLiterals;

namespace {
const QStringList &codes()
{
    static const QStringList list = {u"checkpoint_inhibitor"_s, u"car_t"_s, u"other"_s};
    return list;
}
} // namespace

TreatmentChoice::TreatmentChoice(QWidget *parent) : SegmentedControl(parent)
{
    setOptions({tr("Checkpoint inhibitor"), tr("CAR-T cell therapy"), tr("Other")},
               {tr("Checkpoint inhibitor (for example nivolumab, pembrolizumab, ipilimumab)"),
                tr("CAR-T cell therapy"), tr("Another treatment")});
}

QString TreatmentChoice::treatmentCode() const
{
    return value() == kNone ? QString() : codes().value(value());
}

void TreatmentChoice::setTreatmentCode(const QString &code)
{
    setValue(int(codes().indexOf(code)));
}

} // namespace nd
