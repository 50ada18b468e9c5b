#pragma once

#include <QImage>
#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QPushButton;

// The images of a session: one reference and any number of distorted
// candidates, each with a thumbnail made off the GUI thread (QtConcurrent and
// a QFutureWatcher per image, as qView loads). Selecting a candidate makes it
// the current pair with the reference; "Set as Reference" gives an image the
// reference role and the old reference becomes a candidate, so choosing the
// current candidate swaps the pair. Whenever there are candidates, one of
// them is current. Images arrive by dialog, drag-and-drop or command line.
class ImageListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ImageListPanel(QWidget *parent = nullptr);

    // Absolute paths (Qt resource paths as they are): how the list, the
    // window and the result cache name a file.
    static QString normalizedPath(const QString &path);

    // Adds `path` if new and makes it the reference.
    void setReference(const QString &path);
    // Adds the paths not listed yet as candidates (a listed reference among
    // them becomes a candidate: the user said it is distorted) and makes the
    // first of them current when `makeFirstCurrent`.
    void addCandidates(const QStringList &paths, bool makeFirstCurrent);
    void setCurrentCandidate(const QString &path);
    void remove(const QString &path);

    QString referencePath() const { return m_reference; }
    QString currentCandidate() const { return m_current; }
    QStringList candidatePaths() const;
    QStringList paths() const;  // reference first, then the candidates in list order

    // Makes a new thumbnail (the file changed on disk).
    void refreshThumbnail(const QString &path);
    // True while thumbnails are being made.
    bool isBusy() const { return m_pendingThumbnails > 0; }
    QListWidget *list() const { return m_list; }
    QImage thumbnail(const QString &path) const;

    void retranslate();

    static constexpr int kThumbnailSide = 64;

signals:
    // The reference or the current candidate changed (either may be empty).
    void currentPairChanged(const QString &reference, const QString &candidate);
    // Images were added or removed, or the reference changed.
    void imagesChanged();
    // The last pending thumbnail is done.
    void thumbnailsDone();
    // The user asked to add images (button or context menu).
    void addRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Thumbnail
    {
        QString path;
        QImage image;
        QSize size;
        QString error;
    };

    QListWidgetItem *itemOf(const QString &path) const;
    QListWidgetItem *addItem(const QString &path);
    void makeThumbnail(const QString &path);
    void thumbnailReady(const Thumbnail &thumbnail);
    void updateItem(QListWidgetItem *item);
    void showContextMenu(const QPoint &at);
    void userSelected();
    void ensureCurrent();
    void announce();

    QListWidget *m_list;
    QPushButton *m_add;
    QString m_reference;
    QString m_current;
    QString m_announcedReference;
    QString m_announcedCandidate;
    int m_pendingThumbnails = 0;
};
