#pragma once

#include "model/Entry.h"

#include <QString>

#include <optional>

namespace nd {

// What the user typed on the Today page but has not saved, kept in a private file
// (0600, folder 0700) so it survives a crash or a restart. One draft per diary
// file; written atomically, so a crash mid-write leaves the previous draft.
//
// The draft holds the same columns as the CSV contract (DiaryCsvFormat), as JSON.
class DraftStore
{
public:
    // `folder` defaults to "drafts" in the app's data folder.
    explicit DraftStore(const QString &diaryPath, const QString &folder = {});

    QString filePath() const { return m_filePath; }

    bool save(const Entry &entry);
    // The draft, or nullopt when there is none or it cannot be read (a damaged
    // draft is left in place for a person to look at, never silently deleted).
    std::optional<Entry> load() const;
    bool discard();
    QString errorString() const { return m_error; }

private:
    QString m_diaryPath;
    QString m_filePath;
    QString m_error;
};

} // namespace nd
