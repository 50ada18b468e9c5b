// Where weights are looked for, in which order, and what a user is told when
// they are nowhere; and the one place that picks the compute device.
#include "TestSupport.h"

#include "models/Device.h"
#include "models/ModelLocator.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace iqa;

class ModelLocatorTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sharedFolderIsTheLastResort();
    void userDataFolderBeatsShared();
    void environmentBeatsUserData();
    void explicitFolderBeatsEverything();
    void missingFileListsEveryPlaceSearched();
    void devicePreferenceParsing();
    void deviceSelectionFallsBackToCpuWithNotice();

private:
    static void put(const QString &folder, const QString &relative);
    QTemporaryDir m_root;
    QString m_userData;
};

void ModelLocatorTest::put(const QString &folder, const QString &relative)
{
    const QString path = QDir(folder).filePath(relative);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QVERIFY(test::writeFile(path, "x"));
}

void ModelLocatorTest::initTestCase()
{
    // Test mode moves the user data folder under ~/.qttest: the user's own
    // weights are neither read nor touched.
    QStandardPaths::setTestModeEnabled(true);
    m_userData = ModelLocator::userDataFolder();
    QVERIFY(m_userData.contains(QStringLiteral(".qttest")));
}

void ModelLocatorTest::init()
{
    qunsetenv("IQA_STUDIO_MODELS");
    QDir(m_userData).removeRecursively();
}

void ModelLocatorTest::cleanup()
{
    qunsetenv("IQA_STUDIO_MODELS");
    QDir(m_userData).removeRecursively();
}

void ModelLocatorTest::sharedFolderIsTheLastResort()
{
    const auto found = ModelLocator().find(QStringLiteral("taef2/taef2_encoder.safetensors"));
    QVERIFY2(found.ok(), qPrintable(found.error()));
    QCOMPARE(QFileInfo(*found).canonicalFilePath(),
             QFileInfo(test::sharedModels() + QStringLiteral("/taef2/taef2_encoder.safetensors")).canonicalFilePath());
}

void ModelLocatorTest::userDataFolderBeatsShared()
{
    put(m_userData, QStringLiteral("taef2/taef2_encoder.safetensors"));
    const auto found = ModelLocator().find(QStringLiteral("taef2/taef2_encoder.safetensors"));
    QVERIFY(found.ok());
    QVERIFY(found->startsWith(m_userData));
}

void ModelLocatorTest::environmentBeatsUserData()
{
    QTemporaryDir env;
    put(m_userData, QStringLiteral("a.safetensors"));
    put(env.path(), QStringLiteral("a.safetensors"));
    qputenv("IQA_STUDIO_MODELS", env.path().toUtf8());
    const auto found = ModelLocator().find(QStringLiteral("a.safetensors"));
    QVERIFY(found.ok());
    QVERIFY(found->startsWith(QFileInfo(env.path()).absoluteFilePath()));
}

void ModelLocatorTest::explicitFolderBeatsEverything()
{
    QTemporaryDir env, mine;
    put(env.path(), QStringLiteral("a.safetensors"));
    put(mine.path(), QStringLiteral("a.safetensors"));
    qputenv("IQA_STUDIO_MODELS", env.path().toUtf8());
    const ModelLocator locator(mine.path());
    const auto found = locator.find(QStringLiteral("a.safetensors"));
    QVERIFY(found.ok());
    QVERIFY(found->startsWith(QFileInfo(mine.path()).absoluteFilePath()));
    const auto order = locator.candidates();
    QCOMPARE(order.size(), 4);
    QCOMPARE(order[0].folder, mine.path());
    QCOMPARE(order[1].folder, env.path());
    QCOMPARE(order[2].folder, m_userData);
}

void ModelLocatorTest::missingFileListsEveryPlaceSearched()
{
    QTemporaryDir mine;
    const auto found = ModelLocator(mine.path()).find(QStringLiteral("nowhere/none.safetensors"));
    QVERIFY(!found.ok());
    QVERIFY(found.error().contains(QStringLiteral("nowhere/none.safetensors")));
    QVERIFY(found.error().contains(mine.path()));
    QVERIFY(found.error().contains(m_userData));
    QVERIFY(found.error().contains(QStringLiteral("shared/models")));
    QVERIFY(found.error().contains(QStringLiteral("fetch-models")));
}

void ModelLocatorTest::devicePreferenceParsing()
{
    DevicePreference p = DevicePreference::Auto;
    QVERIFY(parseDevicePreference(QStringLiteral("CPU"), &p));
    QCOMPARE(p, DevicePreference::Cpu);
    QVERIFY(parseDevicePreference(QStringLiteral(" cuda "), &p));
    QCOMPARE(p, DevicePreference::Cuda);
    QVERIFY(parseDevicePreference(QStringLiteral("auto"), &p));
    QCOMPARE(p, DevicePreference::Auto);
    QVERIFY(!parseDevicePreference(QStringLiteral("tpu"), &p));
    QCOMPARE(devicePreferenceName(DevicePreference::Cuda), QStringLiteral("cuda"));
}

void ModelLocatorTest::deviceSelectionFallsBackToCpuWithNotice()
{
    configureCpuThreads(2);
    const DeviceChoice cpu = selectDevice(DevicePreference::Cpu);
    QCOMPARE(cpu.device, QStringLiteral("cpu"));
    QCOMPARE(cpu.cpuThreads, 2);
    const DeviceChoice cuda = selectDevice(DevicePreference::Cuda);
    const DeviceChoice automatic = selectDevice(DevicePreference::Auto);
    if (cuda.cudaAvailable) {
        QCOMPARE(cuda.device, QStringLiteral("cuda:0"));
        QCOMPARE(automatic.device, QStringLiteral("cuda:0"));
    } else {
        QCOMPARE(cuda.device, QStringLiteral("cpu"));
        QVERIFY(cuda.description.contains(QStringLiteral("CUDA requested but not available")));
        QCOMPARE(automatic.device, QStringLiteral("cpu"));
        QVERIFY(!automatic.description.contains(QStringLiteral("requested")));
    }
}

QTEST_GUILESS_MAIN(ModelLocatorTest)
#include "test_model_locator.moc"
