#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    QList<QPair<QString, QString>> rows;
    for (const QAction *action : actions) {
        if (action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        rows.append({action->text().remove(QLatin1Char('&')), keys.join(QStringLiteral(", "))});
    }
    rows.append({tr("Zoom at the cursor"), tr("Mouse wheel")});
    rows.append({tr("Pan (all views follow)"), tr("Drag with the left mouse button")});
    rows.append({tr("Measure a region (Inspector panel)"), tr("Shift+drag on any view")});
    rows.append({tr("Move the swipe line"), tr("Drag the line in swipe mode")});
    rows.append({tr("Pixel values (Inspector panel)"), tr("Move the pointer over any view")});
    rows.append({tr("Open an image"), tr("Drop a file on the reference or distorted view")});
    rows.append({tr("Add candidates (Images panel)"), tr("Drop files on the list")});
    rows.append({tr("Compare another candidate"), tr("Click it in the Images panel")});
    rows.append({tr("Set as reference"), tr("Right-click an image in the Images panel")});
    rows.append({tr("Heatmap value (Inspector panel)"), tr("Tick Heatmap below the images, move the pointer")});

    auto *table = new QTableWidget(rows.size(), 2, this);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        table->setItem(i, 1, new QTableWidgetItem(rows[i].second));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(520, 420);
}
