#pragma once

#include <QWidget>

class ImageView;
class QLabel;

// A titled image view: role ("Reference"), file name and size above the
// image, or a clear message in place of the image when loading failed.
class ImagePane : public QWidget
{
    Q_OBJECT
public:
    explicit ImagePane(QWidget *parent = nullptr);

    ImageView *view() const { return m_view; }
    void setRole(const QString &role);
    void showImage(const QImage &image, const QString &path, const QString &details);
    // Shows `pixmap` without changing the title (the compare modes set it with setRole).
    void showPixmap(const QPixmap &pixmap);
    void showError(const QString &message);
    void showPlaceholder(const QString &hint);
    // No image any more (its file left the list): the title loses the file name.
    void showEmpty(const QString &hint);
    QString title() const;
    QString message() const;

private:
    void updateTitle();

    QLabel *m_title;
    QLabel *m_message;
    ImageView *m_view;
    QString m_role;
    QString m_fileName;
    QString m_details;
};
