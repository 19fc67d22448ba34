#pragma once

#include <QStringList>

class QQuickWindow;

namespace jiujin {

/**
 * Finds tappable items on the window as it is now that are smaller than a touch target: an item
 * with a TapHandler or a MouseArea, visible, narrower or lower than @p touch pixels (Theme.touch:
 * 88 px in elder mode, 64 px otherwise). A part of the screen with a documented target of its
 * own (the on-screen keyboard's keys) declares it in an int property `touchTarget`; the items
 * inside it are held to that instead. What lies under a full-window overlay (the idle
 * countdown's veil) is looked at too: it is tapped once the overlay goes.
 */
class TouchTargetCheck
{
public:
    /** Slack in pixels for rounding in layouts. */
    static constexpr double tolerance = 0.5;

    /** One line per item too small to tap, naming it and its size; empty when all are fine. */
    static QStringList problems(QQuickWindow *window, int touch);
};

} // namespace jiujin
