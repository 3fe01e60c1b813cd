#pragma once

#include <QDate>
#include <QObject>
#include <QString>

#include <functional>

namespace nd {

// One running window per diary, reachable on the session bus under the app id
// (io.github.nervediary.NerveDiary): a second launch, or the reminder's "Log today",
// asks the running window to come forward on a day instead of starting another one.
class WindowService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "io.github.nervediary.NerveDiary.Window")

public:
    static const QString kService;
    static const QString kPath;

    // `open(day)`: bring the window forward, on Today at `day` when it is valid.
    WindowService(const QString &diaryPath, std::function<void(QDate)> open, QObject *parent = nullptr);
    ~WindowService() override;

    // Takes the name on the session bus; false when there is no bus or another window has it.
    bool registerOnBus();

    // Asks the window that holds the name to open `diaryPath` on `day` (invalid: as it is).
    // False when no window runs, or the running one shows another diary.
    static bool askRunningWindow(const QString &diaryPath, QDate day);

public slots:
    // D-Bus: true when this window shows `diaryPath` (or it is empty) and came forward.
    // `day`: YYYY-MM-DD to open on Today, empty to leave the page as it is.
    Q_SCRIPTABLE bool Open(const QString &diaryPath, const QString &day);

private:
    QString m_diaryPath;
    std::function<void(QDate)> m_open;
    bool m_registered = false;
};

} // namespace nd
