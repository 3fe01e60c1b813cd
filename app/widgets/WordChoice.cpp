#include "WordChoice.h"

namespace nd {

WordChoice::WordChoice(Words (*words)(), QWidget *parent) : SegmentedControl(parent), m_words(words)
{
    retranslate();
}

void WordChoice::retranslate()
{
    const Words words = m_words();
    setOptions(words.labels, words.spokenNames);
    setClearSegment(words.clearLabel, words.clearLabel);
}

} // namespace nd
