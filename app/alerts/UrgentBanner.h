#pragma once

#include <QFrame>

class QLabel;

namespace nd {

class AnalysisCache;

// A strip shown above every page while an urgent flag (a neurological warning sign)
// has not been marked "discussed with care team": what was seen, when, what to do
// now, the care team's phone, and a button to the Alerts page. Hidden otherwise.
class UrgentBanner : public QFrame
{
    Q_OBJECT

public:
    explicit UrgentBanner(AnalysisCache &cache, QWidget *parent = nullptr);

    // Re-reads the cache (also done on every update of the cache).
    void refresh();
    QString text() const;

signals:
    void openAlertsRequested();

private:
    AnalysisCache &m_cache;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace nd
