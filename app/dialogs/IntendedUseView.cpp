#include "IntendedUseView.h"

#include "guide/SelfCareGuide.h"
#include "widgets/Banner.h"
#include "widgets/LanguageFollower.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

QString paragraph(const QString &text)
{
    return "<p>"_L1 + text.toHtmlEscaped() + "</p>"_L1;
}

QString heading(const QString &text)
{
    return "<h3>"_L1 + text.toHtmlEscaped() + "</h3>"_L1;
}

QString list(const QStringList &items, QLatin1String tag = "ul"_L1)
{
    QString html = u'<' + tag + u'>';
    for (const QString &item : items)
        html += "<li>"_L1 + item.toHtmlEscaped() + "</li>"_L1;
    return html + "</"_L1 + tag + u'>';
}

} // namespace

IntendedUseView::IntendedUseView(QWidget *parent) : QWidget(parent)
{
    m_emergency = new Banner;
    m_emergency->setObjectName(u"emergencyPanel"_s);

    m_body = new QTextBrowser;
    m_body->setObjectName(u"intendedUseText"_s);
    m_body->setOpenLinks(false); // there are no links to follow: the app stays offline
    m_body->setFrameShape(QFrame::NoFrame);
    m_body->document()->setDocumentMargin(14);
    m_body->setFocusPolicy(Qt::StrongFocus); // arrow keys and Page Up/Down scroll the text

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_emergency);
    layout->addWidget(m_body, 1);
    retranslateUi();
    LanguageFollower::follow(this, [this] { retranslateUi(); });
}

QString IntendedUseView::emergencyText() const
{
    return m_emergency->title() + u'\n' + m_emergency->text();
}

QString IntendedUseView::bodyText() const
{
    return m_body->toPlainText();
}

QString IntendedUseView::bodyHtml()
{
    QString html;
    html += heading(tr("What NerveDiary is"));
    html += paragraph(tr("A personal diary for people whose nerves may be affected by cancer immunotherapy, "
                         "and for the people who care for them. You record how your hands and feet feel, "
                         "what has become harder, falls, skin problems and warning signs."));
    html += paragraph(tr("NerveDiary compares your entries with the situations that published patient "
                         "guidance asks people to report to their care team, and shows a note when your "
                         "entries match one of them:"));
    html += list({tr("tingling or numbness that gets worse, or spreads to new places;"),
                  tr("daily tasks such as grasping, buttoning or typing that become newly difficult;"),
                  tr("trouble walking, keeping your balance or feeling the ground;"),
                  tr("a fall, a skin injury you found, or a warning sign.")});

    html += heading(tr("What NerveDiary is not"));
    html += list({tr("Not a diagnosis. It cannot tell what causes your symptoms or how serious they are. "
                     "It is not a medical device."),
                  tr("Not a substitute for your care team. A missing note does not mean all is well: "
                     "contact your care team whenever you are worried. Never start, stop or change a "
                     "treatment because of what the app shows."),
                  tr("Not monitored by anyone. Nobody else sees your entries or the notes; the app sends "
                     "nothing anywhere. If something should be reported, you or your caregiver must tell "
                     "your care team."),
                  tr("The estimated grade is not the official grade: only your care team grades side "
                     "effects.")});

    html += heading(tr("Where the rules come from"));
    html += paragraph(tr("The situations above follow a patient information article on numbness during "
                         "immunotherapy, which draws on these sources:"));
    QStringList sources;
    for (const SelfCareGuide::Source &source : SelfCareGuide::sources())
        sources.append(source.title + u" — "_s + source.publisher);
    html += list(sources, "ol"_L1);
    html += paragraph(tr("The exact thresholds, such as \"2 points above your usual level\", are "
                         "NerveDiary's own choices so that the guidance can be checked the same way every "
                         "day. They are not taken from these sources and have not been tested in a "
                         "clinical study."));

    html += heading(tr("Your data"));
    html += paragraph(tr("The diary is a file on this computer that only you can read. The app makes no "
                         "network connections. Reports and exports are written only where you choose."));
    return html;
}

void IntendedUseView::retranslateUi()
{
    m_emergency->showMessage(Banner::Kind::Urgent, tr("In an emergency"), SelfCareGuide::emergencyAdvice());
    m_body->setHtml(bodyHtml());
    m_body->setAccessibleName(tr("About NerveDiary: intended use"));
}

} // namespace nd
