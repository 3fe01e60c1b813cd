#include "AboutDialog.h"

#include "IntendedUseView.h"
#include "widgets/LanguageFollower.h"
#include "widgets/Theme.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace nd {

using namespace Qt::StringLiterals;

QIcon AboutDialog::applicationIcon()
{
    // packaging/CMakeLists.txt builds the icon into the program for runs without installing.
    return QIcon::fromTheme(u"io.github.nervediary.NerveDiary"_s,
                            QIcon(u":/nervediary/icons/io.github.nervediary.NerveDiary.png"_s));
}

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    m_icon = new QLabel;
    m_icon->setPixmap(applicationIcon().pixmap(64, 64));
    m_name = new QLabel;
    m_name->setObjectName(u"aboutName"_s);
    Theme::setRelativeFont(m_name, 1.6, true);
    m_version = new QLabel;
    m_version->setObjectName(u"aboutVersion"_s);
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *names = new QVBoxLayout;
    names->setSpacing(2);
    names->addWidget(m_name);
    names->addWidget(m_version);
    auto *header = new QHBoxLayout;
    header->setSpacing(16);
    header->addWidget(m_icon, 0, Qt::AlignTop);
    header->addLayout(names, 1);

    m_intendedUse = new IntendedUseView;
    m_intendedUse->setObjectName(u"intendedUse"_s);

    m_close = new QPushButton;
    m_close->setObjectName(u"aboutClose"_s);
    Theme::makeBig(m_close);
    m_close->setDefault(true);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(14);
    layout->addLayout(header);
    layout->addWidget(m_intendedUse, 1);
    layout->addLayout(buttons);

    retranslateUi();
    LanguageFollower::follow(this, [this] { retranslateUi(); });
    // Wide enough for short lines, tall enough that most of the text shows without scrolling.
    const int line = fontMetrics().height();
    resize(qMax(640, line * 40), qMax(600, line * 38));
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About NerveDiary"));
    m_name->setText(tr("NerveDiary"));
    m_version->setText(tr("Version %1 · a private diary for nerve symptoms during cancer immunotherapy")
                           .arg(QApplication::applicationVersion()));
    m_close->setText(tr("Close"));
}

} // namespace nd
