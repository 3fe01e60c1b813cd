#pragma once

#include "model/Entry.h"

#include <QWidget>

#include <array>

class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace nd {

class BodyMap;
class CollapsibleSection;
class FieldLabel;

// Every field of one diary entry as big controls, in collapsible sections in the
// order of the issue: how hands and feet feel (ratings and body map), daily tasks,
// falls, skin and home safety, habits, warning signs, note.
//
// A value editor only: no storage, no dates, no saving (TodayPage does that).
class EntryForm : public QWidget
{
    Q_OBJECT

public:
    enum class Section { Feelings, Tasks, Falls, SkinAndSafety, Habits, WarningSigns, Note };
    static constexpr int kSectionCount = int(Section::Note) + 1;

    explicit EntryForm(QWidget *parent = nullptr);

    // The values shown, as an entry for `date` and `author`.
    Entry entry(QDate date, Author author) const;
    // Shows an entry's values (date and author are not shown here). Not an edit.
    void setEntry(const Entry &entry);
    // "Same as last entry": fills every blank field that describes a lasting state
    // (symptoms, where, tasks, home safety, habits) from `source`. Things that
    // happen on one day (falls, skin findings, warning signs, the note) are left
    // for the user. Returns how many fields were filled; counts as an edit.
    int fillBlanksFrom(const Entry &source);

    // Who is filling in the form: the words address the patient ("How your hands and feet
    // feel") or the caregiver, who describes someone else ("How their hands and feet seem").
    void setAuthor(Author author);
    Author author() const { return m_author; }

    bool hasWarningSign() const;
    QStringList warningSignsMarked() const; // their labels, in form order

    QWidget *control(Field field) const { return m_controls[std::size_t(field)]; }
    CollapsibleSection *section(Section section) const { return m_sections[std::size_t(section)]; }
    QWidget *firstControl() const;
    // Shows and unfolds the warning signs; returns their first question.
    QWidget *openWarningSigns();

    static bool isLastingField(Field field);

    // The sections after the first wait, hidden, until the form has painted once: they
    // are below the fold when the window opens, and its first frame should not wait for
    // their layout. They then follow within the same moment. This shows them now if
    // they are still waiting (the form does it itself after its first paint).
    void showLowerSections();
    bool lowerSectionsShown() const { return m_lowerSectionsShown; }

signals:
    // The user changed something (not emitted by setEntry()).
    void edited();
    // The warning signs marked changed (one more, one less, or another one).
    void warningSignsChanged(bool any);

protected:
    bool event(QEvent *event) override;
    // Tab from the first section goes on into the next even before they were shown.
    bool focusNextPrevChild(bool next) override;

private:
    CollapsibleSection *addSection(Section section, const QString &title, const QString &objectName);
    QGridLayout *addGrid(CollapsibleSection *section);
    void addFieldRow(QGridLayout *grid, Field field);
    QWidget *createControl(Field field);
    std::optional<int> valueOf(Field field) const;
    void setValueOf(Field field, std::optional<int> value);
    void buildFeelings();
    // A section of field rows, with an optional line of explanation above them.
    void addFieldsSection(Section section, const QString &title, const QString &objectName,
                          const QString &intro, const QList<Field> &fields);
    void buildTasks();
    void buildFalls();
    void buildSkinAndSafety();
    void buildHabits();
    void buildWarningSigns();
    void buildNote();
    void userEdited();
    void updateSummaries();
    void applyAuthorWording();

    std::array<QWidget *, kFieldCount> m_controls{};
    std::array<FieldLabel *, kFieldCount> m_labels{};
    // Texts that address the person filling in the form (applyAuthorWording).
    QLabel *m_ratingExplanation = nullptr;
    QLabel *m_whereHeading = nullptr;
    QLabel *m_warningNotice = nullptr;
    Author m_author = Author::Patient;
    std::array<CollapsibleSection *, kSectionCount> m_sections{};
    BodyMap *m_bodyMap = nullptr;
    QLabel *m_bodyMapSummary = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QPushButton *m_noWarningSigns = nullptr;
    bool m_loading = false;
    QStringList m_markedSigns; // as last announced by warningSignsChanged()
    bool m_lowerSectionsShown = false;
    bool m_lowerSectionsQueued = false;
};

} // namespace nd
