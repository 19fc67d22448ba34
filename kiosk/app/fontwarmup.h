#pragma once

#include <QString>

class QQuickWindow;

namespace jiujin {

/**
 * The home screen's text, shaped on the GUI thread while the QML loader thread compiles the
 * screens (docs/DESIGN.md §9c, eighth part). Making a font engine (a fontconfig match and a
 * FreeType face) and loading each glyph for its advance is most of what the first frame spends on
 * text, and the GUI thread only waits during the compile. Which fonts and texts the home screen
 * uses is learnt from the last start: record() writes them after the first frame, warm() reads
 * them at the next start and lays each text out in its font, which leaves the engines and the
 * glyphs' advances in the GUI thread's font cache, where the screen's own text finds them.
 * Nothing else depends on the file: missing, stale or damaged, it only warms less.
 */
class FontWarmup
{
public:
    /** Lays out each text of @p file in its font; returns how many it laid out. */
    static int warm(const QString &file);
    /** Writes the fonts and texts of @p window's visible text items to @p file (only when they
     *  changed). The home screen shows fixed UI text and the point's name, nothing personal. */
    static void record(QQuickWindow *window, const QString &file);
};

} // namespace jiujin
