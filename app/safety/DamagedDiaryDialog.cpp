#include "DamagedDiaryDialog.h"

#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace nd {

namespace {
using namespace Qt::StringLiterals;
constexpr int kMinimumTarget = 48;
} // namespace

DamagedDiaryDialog::DamagedDiaryDialog(const QString &diaryPath, const std::optional<BackupInfo> &newestGood,
                                       QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("The diary file is damaged"));
    setObjectName(u"damagedDiaryDialog"_s);

    auto *text = new QLabel(this);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString message =
        tr("<p><b>Your diary file cannot be opened normally: part of it is damaged.</b></p>"
           "<p>NerveDiary has not changed the file and will not write to it. It is here:<br>%1</p>")
            .arg(QDir::toNativeSeparators(diaryPath).toHtmlEscaped());
    if (newestGood) {
        message +=
            tr("<p>The newest good backup is from %1 and holds %n entries. Entries made after it "
               "would have to be typed again. The damaged file is kept as a copy in the backups folder.</p>",
               nullptr, newestGood->entryCount)
                .arg(QString(QLocale().toString(newestGood->takenAt.date(), QLocale::LongFormat) + u", "_s +
                             QLocale().toString(newestGood->takenAt.time(), QLocale::ShortFormat))
                         .toHtmlEscaped());
    } else {
        message += tr("<p>There is no good backup to bring back.</p>");
    }
    message += tr("<p>You can also open the diary read-only and export what can still be read.</p>");
    text->setText(message);
    text->setMinimumWidth(520);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(text);

    auto addChoice = [this, layout](const QString &label, const QString &name,
                                    Choice choice) -> QPushButton * {
        auto *button = new QPushButton(label, this);
        button->setObjectName(name);
        button->setMinimumHeight(kMinimumTarget);
        button->setAccessibleName(QString(label).remove(u'&'));
        connect(button, &QPushButton::clicked, this, [this, choice] {
            m_choice = choice;
            choice == Choice::Quit ? reject() : accept();
        });
        layout->addWidget(button);
        return button;
    };
    QPushButton *first = nullptr;
    if (newestGood)
        first = addChoice(tr("&Bring back the newest good backup"), u"restoreBackupButton"_s,
                          Choice::RestoreBackup);
    QPushButton *readOnly =
        addChoice(tr("&Open read-only to export"), u"openReadOnlyButton"_s, Choice::OpenReadOnly);
    addChoice(tr("&Quit"), u"quitButton"_s, Choice::Quit);
    (first ? first : readOnly)->setDefault(true);
    (first ? first : readOnly)->setFocus();
}

} // namespace nd
