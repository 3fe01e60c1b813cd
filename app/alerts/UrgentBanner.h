#pragma once

#include <QFrame>

class QLabel;

namespace nd {

class AnalysisCache;

// A strip shown above every page while an urgent flag (a warning sign, or any other
// flag at the urgent level) has not been marked "discussed with care team": first the
// call to make (emergency number, after CAR-T the centre's line, then the care team),
// then what was seen and when, and a button to the Alerts page. Hidden otherwise.
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
