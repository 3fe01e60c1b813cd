#pragma once

#include "model/DiaryProfile.h"

#include <QWidget>

#include <array>

namespace nd {

class YesNoToggle;

// The optional risk context of the profile (diabetes, earlier nerve-damaging
// chemotherapy, steroids, nerve-pain medicines, alcohol): yes, no or no answer, each
// with a short reason why it is asked. Printed on the report only when answered.
class RiskContextFields : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kQuestionCount = 5;

    explicit RiskContextFields(QWidget *parent = nullptr);

    void setRisk(const RiskContext &risk);
    RiskContext risk() const;

    YesNoToggle *toggle(int question) const { return m_toggles[std::size_t(question)]; }

private:
    std::array<YesNoToggle *, kQuestionCount> m_toggles{};
};

} // namespace nd
