#pragma once

#include "SegmentedControl.h"

namespace nd {

// A choice among words, each a big button, plus a segment for "nothing chosen": the
// control behind LevelPicker and SkinChoice, which only bring their words. Keys: the
// digits from 0, a unique first letter, arrows, Delete clears (SegmentedControl).
class WordChoice : public SegmentedControl
{
    Q_OBJECT

public:
    struct Words
    {
        QStringList labels;      // on the buttons
        QStringList spokenNames; // read aloud, may say more ("Mild: a little harder than usual")
        QString clearLabel;      // the "nothing chosen" segment, shown and read aloud
    };
    // `words` gives the words in the current language: asked now and again whenever the
    // language changes.
    explicit WordChoice(Words (*words)(), QWidget *parent = nullptr);

private:
    void retranslate() override;

    Words (*const m_words)();
};

} // namespace nd
