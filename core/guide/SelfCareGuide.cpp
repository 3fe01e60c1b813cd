#include "SelfCareGuide.h"

#include <QCoreApplication>

namespace nd::SelfCareGuide {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SelfCareGuide", text);
}
} // namespace

QList<Section> sections()
{
    return {
        {Topic::EarlySymptoms,
         tr("Early symptoms"),
         tr("Pins and needles, numbness, burning or pain in the fingers or toes."),
         {tr("Tell your care team about changes early, even small ones."),
          tr("Keep moving with gentle exercise such as short walks or stretching: it helps circulation."),
          tr("Keep logging every day so changes show up clearly.")}},
        {Topic::FunctionChanges,
         tr("Changes in what you can do"),
         tr("Buttons, writing, typing or holding things getting harder; walking or balance getting worse; "
            "not feeling the ground under your feet."),
         {tr("Ask about aids that make grip and dressing easier, and about physical therapy."),
          tr("Wear supportive shoes with non-slip soles, indoors too."),
          tr("Make your home safer against falls (see the safety tips).")}},
        {Topic::Comfort,
         tr("Comfort"),
         tr("Hands and feet that are very sensitive to cold."),
         {tr("Wear gloves and warm socks when it is cold."),
          tr("Avoid alcohol; it can add stress to nerves."),
          tr("If you smoke, ask your care team for help to stop."),
          tr("Ask whether acupuncture could help as an addition to your treatment.")}},
        {Topic::Safety,
         tr("Safety"),
         tr("Burns, cuts or blisters you may not feel because of numbness."),
         {tr("Check the water temperature with your elbow or a thermometer before washing or bathing."),
          tr("Use oven gloves, and be careful with heating pads and hot-water bottles."),
          tr("Look at your feet every day for blisters, cuts or redness."),
          tr("Keep the skin of hands and feet moisturised so it does not crack.")}},
        {Topic::MedicalHelp,
         tr("Medical help"),
         tr("Symptoms that get worse or spread to new places."),
         {tr("Contact your care team: they can grade the problem and may adjust your treatment."),
          tr("Ask about medicines for nerve pain, burning or tingling."),
          tr("Ask whether physical or occupational therapy would help.")}},
    };
}

Section section(Topic topic)
{
    for (const Section &s : sections()) {
        if (s.topic == topic)
            return s;
    }
    return {};
}

QStringList homeSafetyTips()
{
    return {tr("Use night lights on the way to the bathroom."),
            tr("Put non-slip mats in the bath and shower."),
            tr("Use handrails on stairs and in the bathroom."),
            tr("Keep floors clear of loose rugs, cables and clutter."),
            tr("Look at your feet every day for injuries you may not feel.")};
}

QList<Source> sources()
{
    return {
        {tr("Managing Your Immunotherapy Side Effects"),
         tr("Memorial Sloan Kettering Cancer Center (mskcc.org)")},
        {tr("CAR-T cell therapy"), tr("Mayo Clinic (mayoclinic.org)")},
        {tr("Anti-cancer drug induced peripheral neuropathy (guideline 1743)"), tr("eviQ (eviq.org.au)")},
        {tr("Management of immune-related adverse events in patients treated with immune checkpoint "
            "inhibitor "
            "therapy"),
         tr("American Society of Clinical Oncology (ASCO) guideline")},
    };
}

QString notADiagnosis()
{
    return tr(
        "A patient-kept diary with estimates, not a diagnosis: the care team assesses and grades symptoms.");
}

QString emergencyAdvice()
{
    return tr("If you have trouble breathing or swallowing, new weakness of the face, a seizure, or sudden "
              "confusion, call your care team's urgent line or emergency services now. Do not wait for an "
              "appointment.");
}

} // namespace nd::SelfCareGuide
