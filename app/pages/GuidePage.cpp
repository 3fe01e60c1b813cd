#include "GuidePage.h"

#include <QEvent>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

GuidePage::GuidePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"guidePage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    m_browser = new QTextBrowser;
    m_browser->setObjectName(u"guideText"_s);
    m_browser->setAccessibleName(tr("Self-care guide"));
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    connect(m_browser, &QTextBrowser::anchorClicked, this,
            [this](const QUrl &url) { m_browser->scrollToAnchor(url.fragment()); });
    layout->addWidget(m_browser);
    fill();
}

void GuidePage::setContacts(const UrgentAdvice::Contacts &contacts)
{
    if (UrgentAdvice::contactLine(contacts) == UrgentAdvice::contactLine(m_contacts))
        return;
    m_contacts = contacts;
    fill();
}

QString GuidePage::anchor(SelfCareGuide::Topic topic)
{
    return u"topic%1"_s.arg(int(topic));
}

void GuidePage::fill()
{
    using namespace SelfCareGuide;
    QString html = u"<h1>"_s + escaped(tr("Self-care guide")) + u"</h1>"_s;
    html += u"<p>"_s +
            escaped(tr("Everyday ways to cope with nerve symptoms and stay safe at home, and when to "
                       "call your care team.")) +
            u"</p>"_s;
    html +=
        u"<table width='100%' cellpadding='10' style='background-color:#fbe3df; color:#000000'><tr><td><b>"_s +
        escaped(tr("In an emergency")) + u"</b><br>"_s + escaped(emergencyAdvice()) + u"<br><b>"_s +
        escaped(UrgentAdvice::contactLine(m_contacts)) + u"</b>"_s + u"</td></tr></table>"_s;

    // Contents: one link per section, so the keyboard can jump (Tab to a link, Enter).
    html += u"<p>"_s;
    QStringList links;
    for (const Section &section : sections())
        links.append(u"<a href='#"_s + anchor(section.topic) + u"'>"_s + escaped(section.title) + u"</a>"_s);
    links.append(u"<a href='#safety-tips'>"_s + escaped(tr("Home safety")) + u"</a>"_s);
    links.append(u"<a href='#sources'>"_s + escaped(tr("Sources")) + u"</a>"_s);
    html += links.join(u" · "_s) + u"</p>"_s;

    for (const Section &section : sections()) {
        html +=
            u"<h2><a name='"_s + anchor(section.topic) + u"'></a>"_s + escaped(section.title) + u"</h2>"_s;
        html += u"<p><b>"_s + escaped(tr("Watch for:")) + u"</b> "_s + escaped(section.watchFor) + u"</p>"_s;
        html += u"<p><b>"_s + escaped(tr("What you can do:")) + u"</b></p><ul>"_s;
        for (const QString &step : section.whatYouCanDo)
            html += u"<li>"_s + escaped(step) + u"</li>"_s;
        html += u"</ul>"_s;
    }

    html += u"<h2><a name='safety-tips'></a>"_s + escaped(tr("Home safety")) + u"</h2><ul>"_s;
    for (const QString &tip : homeSafetyTips())
        html += u"<li>"_s + escaped(tip) + u"</li>"_s;
    html += u"</ul>"_s;

    html += u"<h2><a name='sources'></a>"_s + escaped(tr("Sources")) + u"</h2><ul>"_s;
    for (const Source &source : sources())
        html += u"<li>"_s + escaped(source.title) + u" — "_s + escaped(source.publisher) + u"</li>"_s;
    html += u"</ul><p><i>"_s + escaped(notADiagnosis()) + u"</i></p>"_s;
    m_browser->setHtml(html);
}

void GuidePage::showTopic(SelfCareGuide::Topic topic)
{
    m_browser->scrollToAnchor(anchor(topic));
}

QString GuidePage::plainText() const
{
    return m_browser->toPlainText();
}

void GuidePage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        fill();
}

} // namespace nd
