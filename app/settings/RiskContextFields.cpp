#include "RiskContextFields.h"

#include "FormParts.h"
#include "widgets/YesNoToggle.h"

#include <QFormLayout>
#include <QLabel>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

ProfileAnswer answerOf(const YesNoToggle *toggle)
{
    const std::optional<int> value = toggle->fieldValue();
    if (!value)
        return ProfileAnswer::NotAnswered;
    return *value ? ProfileAnswer::Yes : ProfileAnswer::No;
}

void setAnswer(YesNoToggle *toggle, ProfileAnswer answer)
{
    if (answer == ProfileAnswer::NotAnswered)
        toggle->setFieldValue(std::nullopt);
    else
        toggle->setFieldValue(answer == ProfileAnswer::Yes ? 1 : 0);
}

std::array<ProfileAnswer *, RiskContextFields::kQuestionCount> answers(RiskContext &risk)
{
    return {&risk.diabetes, &risk.earlierChemotherapy, &risk.steroids, &risk.nervePainMedicines,
            &risk.alcohol};
}

} // namespace

RiskContextFields::RiskContextFields(QWidget *parent) : QWidget(parent)
{
    struct Question
    {
        QString objectName;
        QString text;
        QString reason;
    };
    const Question questions[kQuestionCount] = {
        {u"riskDiabetes"_s, tr("Diabetes"),
         tr("Diabetes can damage nerves too; your care team weighs it when symptoms change.")},
        {u"riskEarlierChemotherapy"_s, tr("Earlier chemotherapy that can harm nerves"),
         tr("Some chemotherapies (for example platinum drugs or taxanes) leave nerve damage that can "
            "look like new symptoms.")},
        {u"riskSteroids"_s, tr("Taking steroids now"),
         tr("Steroids can hide or soften symptoms, and make infections of the skin more likely.")},
        {u"riskNervePainMedicines"_s, tr("Taking medicines for nerve pain"),
         tr("They lower pain and tingling scores, so the team reads your scores with them in mind.")},
        {u"riskAlcohol"_s, tr("Drinking alcohol regularly"), tr("Alcohol can add to nerve damage.")},
    };
    QFormLayout *form = FormParts::form(this);
    auto *intro = new QLabel(tr("Optional. Printed on the report for your care team only when answered."));
    intro->setWordWrap(true);
    form->addRow(intro);
    for (int i = 0; i < kQuestionCount; ++i) {
        auto *toggle = new YesNoToggle;
        toggle->setObjectName(questions[i].objectName);
        toggle->setAccessibleName(questions[i].text);
        m_toggles[std::size_t(i)] = toggle;
        form->addRow(FormParts::rowLabel(questions[i].text, toggle),
                     FormParts::withReason(toggle, questions[i].reason, Qt::AlignLeft));
    }
}

void RiskContextFields::setRisk(const RiskContext &risk)
{
    RiskContext copy = risk;
    const auto values = answers(copy);
    for (int i = 0; i < kQuestionCount; ++i)
        setAnswer(m_toggles[std::size_t(i)], *values[std::size_t(i)]);
}

RiskContext RiskContextFields::risk() const
{
    RiskContext result;
    const auto values = answers(result);
    for (int i = 0; i < kQuestionCount; ++i)
        *values[std::size_t(i)] = answerOf(m_toggles[std::size_t(i)]);
    return result;
}

} // namespace nd
