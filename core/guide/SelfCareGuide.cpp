#include "SelfCareGuide.h"

#include <QCoreApplication>

namespace nd::SelfCareGuide {

namespace {
// Texts of this file, translated in the context "SelfCareGuide". Declared this way so that lupdate
// files them under the same context the program looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SelfCareGuide)
};
} // namespace

QList<Section> sections()
{
    return {
        {Topic::EarlySymptoms,
         Tr::tr("Early symptoms"),
         Tr::tr("Pins and needles, numbness, burning or pain in the fingers or toes."),
         {Tr::tr("Tell your care team about changes early, even small ones."),
          Tr::tr("Keep moving with gentle exercise such as short walks or stretching: it helps circulation."),
          Tr::tr("Keep logging every day so changes show up clearly.")}},
        {Topic::FunctionChanges,
         Tr::tr("Changes in what you can do"),
         Tr::tr(
             "Buttons, writing, typing or holding things getting harder; walking or balance getting worse; "
             "not feeling the ground under your feet."),
         {Tr::tr("Ask about aids that make grip and dressing easier, and about physical therapy."),
          Tr::tr("Wear supportive shoes with non-slip soles, indoors too."),
          Tr::tr("Make your home safer against falls (see the safety tips).")}},
        {Topic::Comfort,
         Tr::tr("Comfort"),
         Tr::tr("Hands and feet that are very sensitive to cold."),
         {Tr::tr("Wear gloves and warm socks when it is cold."),
          Tr::tr("Avoid alcohol; it can add stress to nerves."),
          Tr::tr("If you smoke, ask your care team for help to stop."),
          Tr::tr("Acupuncture may ease symptoms for some people: ask your care team first, especially if "
                 "your blood counts are low.")}},
        {Topic::Safety,
         Tr::tr("Safety"),
         Tr::tr("Burns, cuts or blisters you may not feel because of numbness."),
         {Tr::tr("Check the water temperature with your elbow or a thermometer before washing or bathing."),
          Tr::tr("Use oven gloves, and be careful with heating pads and hot-water bottles."),
          Tr::tr("Look at your feet every day for blisters, cuts or redness."),
          Tr::tr("Keep the skin of hands and feet moisturised so it does not crack, but not between the "
                 "toes: keep that skin dry."),
          Tr::tr("Never walk barefoot, indoors too."),
          Tr::tr("Feel inside your shoes before you put them on: a stone or a seam you cannot feel can hurt "
                 "your foot.")}},
        {Topic::MedicalHelp,
         Tr::tr("Medical help"),
         Tr::tr("Symptoms that get worse or spread to new places."),
         {Tr::tr("Contact your care team: they can grade the problem and may adjust your treatment."),
          Tr::tr("Ask about medicines for nerve pain, burning or tingling."),
          Tr::tr("Ask whether physical or occupational therapy would help.")}},
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
    return {Tr::tr("Use night lights on the way to the bathroom."),
            Tr::tr("Put non-slip mats in the bath and shower."),
            Tr::tr("Use handrails on stairs and in the bathroom."),
            Tr::tr("Keep floors clear of loose rugs, cables and clutter."),
            Tr::tr("Look at your feet every day for injuries you may not feel."),
            Tr::tr("Wear shoes or slippers, never walk barefoot, and feel inside your shoes before you put "
                   "them on.")};
}

QList<Source> sources()
{
    return {
        {Tr::tr("Managing Your Immunotherapy Side Effects"),
         Tr::tr("Memorial Sloan Kettering Cancer Center (mskcc.org)")},
        {Tr::tr("CAR-T cell therapy"), Tr::tr("Mayo Clinic (mayoclinic.org)")},
        {Tr::tr("Anti-cancer drug induced peripheral neuropathy (guideline 1743)"),
         Tr::tr("eviQ (eviq.org.au)")},
        {Tr::tr("Management of immune-related adverse events in patients treated with immune checkpoint "
                "inhibitor "
                "therapy"),
         Tr::tr("American Society of Clinical Oncology (ASCO) guideline")},
    };
}

QString notADiagnosis()
{
    return Tr::tr(
        "A patient-kept diary with estimates, not a diagnosis: the care team assesses and grades symptoms.");
}

QString emergencyAdvice()
{
    return Tr::tr(
        "Trouble breathing or swallowing, a seizure, being very sleepy or hard to wake, sudden confusion, "
        "new weakness of the face, or weakness that spreads over hours or days: call your emergency number "
        "now, or go to the emergency department, and do not drive yourself. Then tell your care team. Do "
        "not wait for an appointment.");
}

} // namespace nd::SelfCareGuide
