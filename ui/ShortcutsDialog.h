#pragma once

#include <QDialog>

class QAction;

// Help > Keyboard Shortcuts: every action with a shortcut, plus the mouse
// gestures of the image views.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
};
