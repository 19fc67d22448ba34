#pragma once

#include <QStringList>

class QQuickWindow;

namespace jiujin {

/**
 * Finds text a citizen cannot read in full on the window as it is now: elided or cut
 * (`truncated`), painted beyond its own item, beyond a box it sits on (a tile, card or button),
 * clipped by a parent or the window edge, overlapping another text, or covered by a box painted
 * above it. Text in a Flickable/ListView that can be scrolled into view is not clipped; what lies
 * under a full-window overlay (the idle countdown) is not looked at. Text that can be drawn
 * smaller than smallestPixelSize (also when fitted to its room) is reported too, and so is a
 * list of rows (a vertical ListView) left less room on screen than its first row: scrollable, but
 * unread at a glance.
 */
class TextFitCheck
{
public:
    /** Slack in pixels: edges of glyph boxes that touch are not an overlap. */
    static constexpr double tolerance = 2.0;
    /** No text is smaller, in any mode (MIIT 适老化; Theme.smallest in QML). */
    static constexpr int smallestPixelSize = 18;

    /** One line per problem, naming the text and where it is; empty when everything fits. */
    static QStringList problems(QQuickWindow *window);
};

} // namespace jiujin
