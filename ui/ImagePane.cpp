#include "ImagePane.h"

#include "ImageView.h"

#include <QFileInfo>
#include <QLabel>
#include <QVBoxLayout>

ImagePane::ImagePane(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_message(new QLabel(this)), m_view(new ImageView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setMinimumWidth(0);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setStyleSheet(QStringLiteral("QLabel { background: #808080; color: white; padding: 12px; }"));
    m_message->hide();
    layout->addWidget(m_title);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_view, 1);
}

void ImagePane::setRole(const QString &role)
{
    m_role = role;
    updateTitle();
}

void ImagePane::showImage(const QImage &image, const QString &path, const QString &details)
{
    m_fileName = QFileInfo(path).fileName();
    m_details = details;
    m_message->hide();
    m_view->show();
    m_view->setImage(image);
    updateTitle();
}

void ImagePane::showPixmap(const QPixmap &pixmap)
{
    m_message->hide();
    m_view->show();
    m_view->setPixmap(pixmap);
}

void ImagePane::showError(const QString &message)
{
    m_message->setStyleSheet(QStringLiteral("QLabel { background: #5a1e1e; color: white; padding: 12px; }"));
    m_message->setText(message);
    m_message->show();
    m_view->hide();
    m_view->clearImage();
    m_fileName.clear();
    m_details.clear();
    updateTitle();
}

void ImagePane::showPlaceholder(const QString &hint)
{
    m_message->setStyleSheet(QStringLiteral("QLabel { background: #808080; color: white; padding: 12px; }"));
    m_message->setText(hint);
    m_message->show();
    m_view->hide();
}

void ImagePane::showEmpty(const QString &hint)
{
    m_view->clearImage();
    m_fileName.clear();
    m_details.clear();
    updateTitle();
    showPlaceholder(hint);
}

QString ImagePane::title() const
{
    return m_title->text();
}

QString ImagePane::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void ImagePane::updateTitle()
{
    QString text = m_role;
    if (!m_fileName.isEmpty())
        text += QStringLiteral(": ") + m_fileName;
    if (!m_details.isEmpty())
        text += QStringLiteral("  (") + m_details + QLatin1Char(')');
    m_title->setText(text);
    m_title->setToolTip(text);
}
