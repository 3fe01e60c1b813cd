// File → Export as FHIR… in the window: asks for a file, writes the bundle off the
// UI thread, tells the outcome; cancelling writes nothing; a failure is explained.
#include "TempDiary.h"
#include "demo/DemoDiary.h"
#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"
#include "export/FhirExportAction.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

using namespace nd;
using namespace nd::test;
using namespace Qt::StringLiterals;

class TestFhirExportAction : public QObject
{
    Q_OBJECT

private:
    TempDiary m_diary;
    int m_entries = 0;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setNeverBlock(true);
        QVERIFY(m_diary.open());
        DemoOptions options;
        options.lastDay = QDate(2026, 4, 30);
        options.days = 40;
        const DemoDiary demo = generateDemoDiary(options);
        QVERIFY(m_diary.store().inTransaction([&] {
            for (const Entry &entry : demo.entries) {
                if (!m_diary.store().saveEntry(entry))
                    return false;
            }
            return true;
        }));
        m_entries = int(demo.entries.size());
    }

    void exportingWritesAPrivateBundleAndSaysWhatWasSaved()
    {
        QWidget window;
        FhirExportAction exporter(m_diary.store(), &window);
        QSignalSpy finished(&exporter, &FhirExportAction::finished);
        const QString path = m_diary.filePath(u"bundle.json"_s);
        FileDialog::setNextFileName(path);
        exporter.action()->trigger();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finished[0][0].toBool());
        QVERIFY(exporter.action()->isEnabled());
        QVERIFY(MessageBox::lastText().contains(u"Saved %1 entries"_s.arg(m_entries)));
        QCOMPARE(fileMode(path), 0600);

        const QJsonObject bundle = QJsonDocument::fromJson(fileBytes(path)).object();
        QCOMPARE(bundle[u"resourceType"_s].toString(), u"Bundle"_s);
        int responses = 0;
        for (const QJsonValue &entry : bundle[u"entry"_s].toArray())
            responses += entry[u"resource"_s][u"resourceType"_s].toString() == "QuestionnaireResponse"_L1;
        QCOMPARE(responses, m_entries);
    }

    void cancellingTheFileChooserWritesNothing()
    {
        QWidget window;
        FhirExportAction exporter(m_diary.store(), &window);
        QSignalSpy finished(&exporter, &FhirExportAction::finished);
        const int asked = MessageBox::askedCount();
        FileDialog::setNextFileName(QString()); // "cancelled"
        exporter.action()->trigger();
        QVERIFY(!exporter.isRunning());
        QCOMPARE(finished.count(), 0);
        QCOMPARE(MessageBox::askedCount(), asked);
    }

    void aFailedWriteIsExplained()
    {
        QWidget window;
        FhirExportAction exporter(m_diary.store(), &window);
        QSignalSpy finished(&exporter, &FhirExportAction::finished);
        exporter.exportTo(m_diary.folder()); // a folder cannot be replaced by a file
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!finished[0][0].toBool());
        QVERIFY(MessageBox::lastText().startsWith(u"The FHIR file was not saved"_s));
        QVERIFY(exporter.action()->isEnabled());
    }

    void theActionHasAName()
    {
        QVERIFY(!FhirExportAction(m_diary.store(), nullptr).action()->text().isEmpty());
    }
};

QTEST_MAIN(TestFhirExportAction)
#include "tst_fhir_export_action.moc"
