#include "TestSupport.h"

#include "io/CsvReader.h"
#include "io/LabelCsv.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace iqa;

using Records = QVector<QStringList>;

namespace {

Records fieldsOf(const QVector<CsvRecord> &records)
{
    Records out;
    for (const CsvRecord &r : records)
        out << r.fields;
    return out;
}

QVector<int> linesOf(const QVector<CsvRecord> &records)
{
    QVector<int> out;
    for (const CsvRecord &r : records)
        out << r.line;
    return out;
}

} // namespace

class TestLabelCsv : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!iqa::test::writeFile(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    // --- CsvReader ---------------------------------------------------------

    void csvParsesQuotingEdgeCases_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Records>("records");
        QTest::addColumn<QVector<int>>("lines");

        QTest::newRow("LF") << "a,b\nc,d\n" << Records{{"a", "b"}, {"c", "d"}} << QVector<int>{1, 2};
        QTest::newRow("no final line break") << "a,b\nc,d" << Records{{"a", "b"}, {"c", "d"}} << QVector<int>{1, 2};
        QTest::newRow("CRLF") << "a,b\r\nc,d\r\n" << Records{{"a", "b"}, {"c", "d"}} << QVector<int>{1, 2};
        QTest::newRow("lone CR") << "a\rb\r" << Records{{"a"}, {"b"}} << QVector<int>{1, 2};
        QTest::newRow("comma inside quotes") << "\"a,b\",c\n" << Records{{"a,b", "c"}} << QVector<int>{1};
        QTest::newRow("doubled quotes") << "\"say \"\"hi\"\"\",x\n" << Records{{"say \"hi\"", "x"}}
                                        << QVector<int>{1};
        QTest::newRow("only a doubled quote") << "\"\"\"\"\n" << Records{{"\""}} << QVector<int>{1};
        QTest::newRow("line break inside quotes")
            << "\"line1\nline2\",x\nnext,y\n" << Records{{"line1\nline2", "x"}, {"next", "y"}} << QVector<int>{1, 3};
        QTest::newRow("CRLF inside quotes becomes LF")
            << "\"a\r\nb\r\n\",c\r\nd,e\r\n" << Records{{"a\nb\n", "c"}, {"d", "e"}} << QVector<int>{1, 4};
        QTest::newRow("empty fields") << ",,\n" << Records{{"", "", ""}} << QVector<int>{1};
        QTest::newRow("trailing comma") << "a,\n" << Records{{"a", ""}} << QVector<int>{1};
        QTest::newRow("trailing comma at end of text") << "a," << Records{{"a", ""}} << QVector<int>{1};
        QTest::newRow("empty quoted field") << "\"\",x\n" << Records{{"", "x"}} << QVector<int>{1};
        QTest::newRow("byte order mark") << QStringLiteral("\uFEFFimage,mos\n") << Records{{"image", "mos"}}
                                         << QVector<int>{1};
        QTest::newRow("empty lines give no records")
            << "a\n\n\r\n\nb\n\n" << Records{{"a"}, {"b"}} << QVector<int>{1, 5};
        QTest::newRow("spaces are data") << " a , \"b\" \n" << Records{{" a ", " \"b\" "}} << QVector<int>{1};
        QTest::newRow("quote inside unquoted field") << "5\" disk,x\n" << Records{{"5\" disk", "x"}}
                                                     << QVector<int>{1};
        QTest::newRow("text after closing quote") << "\"ab\"c,d\n" << Records{{"abc", "d"}} << QVector<int>{1};
        QTest::newRow("non-ASCII") << QStringLiteral("ümlaut,日本\n")
                                   << Records{{QStringLiteral("ümlaut"), QStringLiteral("日本")}} << QVector<int>{1};
        QTest::newRow("empty text") << "" << Records{} << QVector<int>{};
        QTest::newRow("only a line break") << "\r\n" << Records{} << QVector<int>{};
    }

    void csvParsesQuotingEdgeCases()
    {
        QFETCH(QString, text);
        QFETCH(Records, records);
        QFETCH(QVector<int>, lines);
        const auto parsed = CsvReader::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(fieldsOf(*parsed), records);
        QCOMPARE(linesOf(*parsed), lines);
    }

    void csvUnterminatedQuoteNamesTheLineWhereItOpens()
    {
        const auto parsed = CsvReader::parse(QStringLiteral("a,b\nc,\"open\nmore\nstill\n"));
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().startsWith(QStringLiteral("line 2:")), qPrintable(parsed.error()));
        QVERIFY2(parsed.error().contains(QStringLiteral("never closed")), qPrintable(parsed.error()));

        const QString path = write(QStringLiteral("open.csv"), "image,mos\n\"a.png,0.5\n");
        const auto fromFile = CsvReader::readFile(path);
        QVERIFY(!fromFile.ok());
        QVERIFY2(fromFile.error().startsWith(path + QStringLiteral(": line 2:")), qPrintable(fromFile.error()));
    }

    void csvFileWithBomAndCrlf()
    {
        const QString path =
            write(QStringLiteral("bom.csv"), "\xEF\xBB\xBFimage,mos\r\nr\xC3\xA9sum\xC3\xA9.png,0.5\r\n");
        const auto parsed = CsvReader::readFile(path);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(fieldsOf(*parsed), (Records{{"image", "mos"}, {QStringLiteral("résumé.png"), "0.5"}}));
    }

    void csvRejectsTextThatIsNotUtf8()
    {
        // Latin-1 "é" on line 3: a silent U+FFFD would make the path unfindable.
        const QString path = write(QStringLiteral("latin1.csv"), "image,mos\na.png,1\nr\xE9sum\xE9.png,2\n");
        const auto parsed = CsvReader::readFile(path);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().startsWith(path + QStringLiteral(": line 3:")), qPrintable(parsed.error()));
        QVERIFY2(parsed.error().contains(QStringLiteral("UTF-8")), qPrintable(parsed.error()));
    }

    void csvMissingFileNamesIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("absent.csv"));
        const auto parsed = CsvReader::readFile(path);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().startsWith(path), qPrintable(parsed.error()));
    }

    void csvWriterQuotesOnlyWhenNeeded()
    {
        QCOMPARE(csvField(QStringLiteral("plain.png")), QStringLiteral("plain.png"));
        QCOMPARE(csvField(QStringLiteral("ss01 (1).jpg")), QStringLiteral("ss01 (1).jpg"));
        QCOMPARE(csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(csvField(QStringLiteral(" padded")), QStringLiteral("\" padded\""));
        QCOMPARE(csvField(QString()), QString());
        QCOMPARE(csvRecord({QStringLiteral("a"), QString(), QStringLiteral("b,c")}), QStringLiteral("a,,\"b,c\"\n"));
        QCOMPARE(csvRecord({QString()}), QStringLiteral("\"\"\n"));
    }

    void csvWriterOutputReadsBackUnchanged()
    {
        const Records records{
            {"image", "mos", "note"},
            {"ss01 (1).jpg", "0.5", "plain"},
            {"with,comma.png", "-1e-3", "say \"hi\""},
            {"multi\nline.png", "2", " lead and trail "},
            {QStringLiteral("ümlaut.png"), "", "\r"},
            {""},
        };
        const QString path = m_dir.filePath(QStringLiteral("written.csv"));
        const Status written = writeCsvFile(path, records);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        const auto parsed = CsvReader::readFile(path);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        Records expected = records;
        expected[4][2] = QStringLiteral("\n");  // line breaks inside quotes are read as LF
        QCOMPARE(fieldsOf(*parsed), expected);
        QCOMPARE(linesOf(*parsed), (QVector<int>{1, 2, 3, 4, 6, 8}));

        const Status failed = writeCsvFile(m_dir.filePath(QStringLiteral("no/such/dir/out.csv")), records);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().contains(QStringLiteral("out.csv")), qPrintable(failed.error()));
    }

    // --- LabelCsv ----------------------------------------------------------

    void biq2021LabelsReadCompletely()
    {
        const QString csv = iqa::test::sharedData() + QStringLiteral("/biq2021/labels.csv");
        const QString images = iqa::test::sharedData() + QStringLiteral("/biq2021/images");
        const auto labels = LabelCsv::read(csv, images);
        QVERIFY2(labels.ok(), qPrintable(labels.error()));
        QVERIFY(!labels->fullReference);
        QCOMPARE(labels->csvPath, QFileInfo(csv).absoluteFilePath());
        QCOMPARE(labels->baseFolder, QDir::cleanPath(images));
        QCOMPARE(labels->rows.size(), 4000);
        QVERIFY2(labels->skipped.isEmpty(), qPrintable(labels->skipped.value(0).reason));
        QCOMPARE(labels->extraColumns, QStringList{QStringLiteral("split")});

        const LabelRow &first = labels->rows.first();
        QCOMPARE(first.line, 2);
        QCOMPARE(first.imageText, QStringLiteral("ss01 (1).jpg"));
        QCOMPARE(first.image, QDir::cleanPath(images) + QStringLiteral("/ss01 (1).jpg"));
        QCOMPARE(first.mos, 0.4779);
        QCOMPARE(first.extra.value(QStringLiteral("split")), QStringLiteral("train"));
        QVERIFY(first.ref.isEmpty() && first.dist.isEmpty());
        QCOMPARE(labels->rows.last().line, 4001);

        int test = 0, train = 0, missing = 0;
        for (const LabelRow &row : labels->rows) {
            const QString split = row.extra.value(QStringLiteral("split"));
            test += split == QLatin1String("test");
            train += split == QLatin1String("train");
            QVERIFY(row.mos >= 0 && row.mos <= 1);
            if (!QFileInfo::exists(row.image))  // names with spaces and parentheses
                ++missing;
        }
        QCOMPARE(test, 1000);
        QCOMPARE(train, 3000);
        QCOMPARE(missing, 0);

        // Without a base folder, paths are relative to the CSV's folder.
        const auto byDefault = LabelCsv::read(csv);
        QVERIFY(byDefault.ok());
        QCOMPARE(byDefault->rows.first().image,
                 QFileInfo(csv).absolutePath() + QStringLiteral("/ss01 (1).jpg"));
    }

    // --split of iqa eval and the Cross-IQA training stages: the column is
    // found in any letter case, rows of other splits (or none) are dropped.
    void keepSplitKeepsOnlyThatSplitsRows()
    {
        const QString path = write(QStringLiteral("splits.csv"),
                                   "image,mos,Split\n"
                                   "a.png,1,train\n"
                                   "b.png,2,test\n"
                                   "c.png,3,\n"
                                   "d.png,4,test\n");
        auto labels = LabelCsv::read(path);
        QVERIFY2(labels.ok(), qPrintable(labels.error()));
        QVERIFY(labels->hasExtraColumn(QStringLiteral("split")));
        QVERIFY(!labels->hasExtraColumn(QStringLiteral("type")));
        QCOMPARE(labels->rows[0].extraValue(QStringLiteral("split")), QStringLiteral("train"));
        labels->keepSplit(QStringLiteral("test"));
        QCOMPARE(labels->rows.size(), 2);
        QCOMPARE(labels->rows[0].imageText, QStringLiteral("b.png"));
        QCOMPARE(labels->rows[1].imageText, QStringLiteral("d.png"));
    }

    void pathsResolveAgainstTheCsvFolderUnlessAbsolute()
    {
        const QString outside = m_dir.filePath(QStringLiteral("outside.png"));
        const QString path = write(QStringLiteral("set/labels.csv"),
                                   "image,mos\n"
                                   "img/Photo (1).JPG,1\n"
                                   "../outside.png,2\n"
                                   + outside.toUtf8() + ",3\n"
                                   "./img/../img/x.png,4\n");
        write(QStringLiteral("set/img/Photo (1).JPG"), "not really a JPEG");
        write(QStringLiteral("outside.png"), "x");
        const auto labels = LabelCsv::read(path);
        QVERIFY2(labels.ok(), qPrintable(labels.error()));
        QCOMPARE(labels->rows.size(), 4);
        const QString set = QDir::cleanPath(m_dir.filePath(QStringLiteral("set")));
        QCOMPARE(labels->baseFolder, set);

        QCOMPARE(labels->rows[0].image, set + QStringLiteral("/img/Photo (1).JPG"));
        QCOMPARE(labels->rows[0].imageText, QStringLiteral("img/Photo (1).JPG"));
        QVERIFY(QFileInfo::exists(labels->rows[0].image));  // the upper-case extension is kept as written
        QCOMPARE(labels->rows[1].image, QDir::cleanPath(outside));
        QCOMPARE(labels->rows[1].imageText, QStringLiteral("../outside.png"));
        QVERIFY(QFileInfo::exists(labels->rows[1].image));
        QCOMPARE(labels->rows[2].image, QDir::cleanPath(outside));
        QCOMPARE(labels->rows[2].imageText, outside);
        QCOMPARE(labels->rows[3].image, set + QStringLiteral("/img/x.png"));

        // An explicit base folder replaces the CSV's folder for relative paths only.
        const auto rebased = LabelCsv::read(path, m_dir.path());
        QVERIFY(rebased.ok());
        QCOMPARE(rebased->rows[0].image, QDir::cleanPath(m_dir.path()) + QStringLiteral("/img/Photo (1).JPG"));
        QCOMPARE(rebased->rows[2].image, QDir::cleanPath(outside));
    }

    void fullReferenceHeaderInAnyOrderAndCase()
    {
        const QString path = write(QStringLiteral("fr/labels.csv"),
                                   " MOS ,Dist,Comment,REF\n"
                                   "3.5,d/1.png,\"blurred, slightly\",r/1.png\n"
                                   "4.0 , d/2.png ,,r/2.png\n");
        const auto labels = LabelCsv::read(path);
        QVERIFY2(labels.ok(), qPrintable(labels.error()));
        QVERIFY(labels->fullReference);
        QCOMPARE(labels->extraColumns, QStringList{QStringLiteral("Comment")});
        QCOMPARE(labels->rows.size(), 2);
        const QString base = QDir::cleanPath(m_dir.filePath(QStringLiteral("fr")));
        const LabelRow &row = labels->rows[0];
        QCOMPARE(row.ref, base + QStringLiteral("/r/1.png"));
        QCOMPARE(row.dist, base + QStringLiteral("/d/1.png"));
        QCOMPARE(row.refText, QStringLiteral("r/1.png"));
        QVERIFY(row.image.isEmpty());
        QCOMPARE(row.mos, 3.5);
        QCOMPARE(row.extra.value(QStringLiteral("Comment")), QStringLiteral("blurred, slightly"));
        // Spaces around numbers and paths are tolerated.
        QCOMPARE(labels->rows[1].mos, 4.0);
        QCOMPARE(labels->rows[1].distText, QStringLiteral("d/2.png"));
        QCOMPARE(labels->rows[1].extra.value(QStringLiteral("Comment")), QString());
    }

    void headerWithBothLayoutsIsFullReference()
    {
        const QString path = write(QStringLiteral("both.csv"), "image,ref,dist,mos\nthumb.png,r.png,d.png,1\n");
        const auto labels = LabelCsv::read(path);
        QVERIFY2(labels.ok(), qPrintable(labels.error()));
        QVERIFY(labels->fullReference);
        QCOMPARE(labels->extraColumns, QStringList{QStringLiteral("image")});
        QCOMPARE(labels->rows[0].extra.value(QStringLiteral("image")), QStringLiteral("thumb.png"));
    }

    void badRowsAreReportedAndGoodRowsKept()
    {
        const QString path = write(QStringLiteral("bad/labels.csv"),
                                   "image,mos,split\n"          // 1
                                   "a.png,0.5,train\n"          // 2 good
                                   "b.png,abc,train\n"          // 3 mos not a number
                                   "c.png,0.7\n"                // 4 too few fields
                                   ",0.3,train\n"               // 5 empty path
                                   "\"d\n.png\",nan,test\n"     // 6-7 NaN, record starts on 6
                                   "e.png,-inf,test\n"          // 8 infinite
                                   "\n"                         // 9 empty line: ignored
                                   "f.png,1e999,test\n"         // 10 overflows to infinity
                                   ",,\n"                       // 11 blank spreadsheet row: ignored
                                   "g.png, 0.25 ,test\n"        // 12 good
                                   "h.png,\"0,5\",test\n"       // 13 decimal comma
                                   "i.png,,test\n"              // 14 empty mos
                                   "j.png,1,test,extra\n"       // 15 too many fields
                                   "   ,1,test\n");             // 16 blank path
        const auto labels = LabelCsv::read(path);
        QVERIFY2(labels.ok(), qPrintable(labels.error()));

        QVector<int> goodLines;
        for (const LabelRow &row : labels->rows)
            goodLines << row.line;
        QCOMPARE(goodLines, (QVector<int>{2, 12}));
        QCOMPARE(labels->rows[1].mos, 0.25);
        QCOMPARE(labels->rows[1].extra.value(QStringLiteral("split")), QStringLiteral("test"));

        QVector<int> badLines;
        QStringList reasons;
        for (const LabelIssue &issue : labels->skipped) {
            badLines << issue.line;
            reasons << issue.reason;
        }
        QCOMPARE(badLines, (QVector<int>{3, 4, 5, 6, 8, 10, 13, 14, 15, 16}));
        QCOMPARE(reasons[0], QStringLiteral("mos 'abc': not a number"));
        QCOMPARE(reasons[1], QStringLiteral("2 fields instead of 3: wrong number of fields"));
        QCOMPARE(reasons[2], QStringLiteral("column image: empty path"));
        QCOMPARE(reasons[3], QStringLiteral("mos 'nan': not finite"));
        QCOMPARE(reasons[4], QStringLiteral("mos '-inf': not finite"));
        QCOMPARE(reasons[5], QStringLiteral("mos '1e999': not finite"));
        QCOMPARE(reasons[6], QStringLiteral("mos '0,5': not a number"));
        QCOMPARE(reasons[7], QStringLiteral("mos '': not a number"));
        QCOMPARE(reasons[8], QStringLiteral("4 fields instead of 3: wrong number of fields"));
        QCOMPARE(reasons[9], QStringLiteral("column image: empty path"));
    }

    void fullReferenceRowWithEmptyDistIsSkipped()
    {
        const QString path = write(QStringLiteral("fr-bad.csv"), "ref,dist,mos\nr.png,,1\nr.png,d.png,2\n");
        const auto labels = LabelCsv::read(path);
        QVERIFY2(labels.ok(), qPrintable(labels.error()));
        QCOMPARE(labels->rows.size(), 1);
        QCOMPARE(labels->rows[0].line, 3);
        QCOMPARE(labels->skipped.size(), 1);
        QCOMPARE(labels->skipped[0].line, 2);
        QCOMPARE(labels->skipped[0].reason, QStringLiteral("column dist: empty path"));
    }

    void headerWithoutEitherLayoutIsAnError_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("found");
        QTest::newRow("unrelated columns") << QByteArray("path,score\na.png,1\n") << "path,score";
        QTest::newRow("full reference without dist") << QByteArray("ref,mos,Note\na.png,1,x\n") << "ref,mos,Note";
        QTest::newRow("no mos") << QByteArray("image,split\na.png,train\n") << "image,split";
        QTest::newRow("data without header") << QByteArray("a.png,0.5\n") << "a.png,0.5";
        QTest::newRow("header after blank lines")
            << QByteArray("\n\nfile,mos\n") << "line 3: the header has columns file,mos";
    }

    void headerWithoutEitherLayoutIsAnError()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, found);
        const QString path = write(QStringLiteral("noheader.csv"), bytes);
        const auto labels = LabelCsv::read(path);
        QVERIFY(!labels.ok());
        const QString error = labels.error();
        QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
        QVERIFY2(error.contains(found), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("ref,dist,mos")) && error.contains(QStringLiteral("image,mos")),
                 qPrintable(error));
    }

    void duplicateColumnIsAnError()
    {
        const QString path = write(QStringLiteral("dup.csv"), "image,MOS,mos\na.png,1,2\n");
        const auto labels = LabelCsv::read(path);
        QVERIFY(!labels.ok());
        QVERIFY2(labels.error().startsWith(path + QStringLiteral(": line 1:")), qPrintable(labels.error()));
        QVERIFY2(labels.error().contains(QStringLiteral("'mos' appears twice")), qPrintable(labels.error()));
    }

    void emptyFileIsAnError_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("zero bytes") << QByteArray();
        QTest::newRow("only a byte order mark and line breaks") << QByteArray("\xEF\xBB\xBF\r\n\r\n");
        QTest::newRow("only blank spreadsheet rows") << QByteArray(",,\n,,\n");
    }

    void emptyFileIsAnError()
    {
        QFETCH(QByteArray, bytes);
        const QString path = write(QStringLiteral("empty.csv"), bytes);
        const auto labels = LabelCsv::read(path);
        QVERIFY(!labels.ok());
        QVERIFY2(labels.error().startsWith(path + QStringLiteral(": ")), qPrintable(labels.error()));
        QVERIFY2(labels.error().contains(QStringLiteral("empty")), qPrintable(labels.error()));
    }

    void headerOnlyGivesNoRows()
    {
        const QString path = write(QStringLiteral("header-only.csv"), "image,mos\n");
        const auto labels = LabelCsv::read(path);
        QVERIFY2(labels.ok(), qPrintable(labels.error()));
        QVERIFY(labels->rows.isEmpty());
        QVERIFY(labels->skipped.isEmpty());
    }

    void unterminatedQuoteStopsTheFileWithItsLine()
    {
        const QString path = write(QStringLiteral("quote.csv"), "image,mos\na.png,1\n\"b.png,2\nc.png,3\n");
        const auto labels = LabelCsv::read(path);
        QVERIFY(!labels.ok());
        QVERIFY2(labels.error().startsWith(path + QStringLiteral(": line 3:")), qPrintable(labels.error()));
        QVERIFY2(labels.error().contains(QStringLiteral("never closed")), qPrintable(labels.error()));
    }

    void missingFileNamesIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("nowhere/labels.csv"));
        const auto labels = LabelCsv::read(path);
        QVERIFY(!labels.ok());
        QVERIFY2(labels.error().startsWith(path), qPrintable(labels.error()));
    }
};

QTEST_GUILESS_MAIN(TestLabelCsv)
#include "test_label_csv.moc"
