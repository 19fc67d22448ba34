#pragma once

#include <QString>
#include <QStringList>

namespace jiujin {

/**
 * The kiosk's own fontconfig configuration (packaging/kiosk/fonts.conf, DESIGN §9c): it accepts
 * only the fonts the kiosk draws with, so that Qt's font database and every font match before
 * the first frame look at about twenty faces instead of every installed font. Its rules are the
 * few system defaults (/etc/fonts/conf.d) that bear on those fonts, so what is drawn does not
 * change (the screenshot tours give the same PNGs under either configuration).
 *
 * use() runs before the QGuiApplication: it loads the file, checks that each family the screens
 * name resolves to a font of that family, and makes it fontconfig's current configuration (Qt
 * then uses it as it is). When a family is missing (a font package removed, a file renamed), the
 * kiosk says so on stderr and keeps the system's configuration, which may still find a font a
 * technician installed; `jiujinctl doctor` names the missing font too.
 */
class KioskFonts
{
public:
    /** The families the screens name, each with the font file expected to draw it. */
    struct Required
    {
        const char *family;
        bool bold;
        const char *file; ///< file name (no folder)
    };
    static const Required required[3];

    /** The configuration to use: $JIUJIN_FONTS_CONF, else the installed one beside the
     *  executable (../share/jiujin/fonts.conf), else the source tree's. Empty when
     *  FONTCONFIG_FILE is already set (whoever set it chose the fonts). */
    static QString configPath();

    /** Problems of the configuration in @p file: one line per family that does not resolve to
     *  its expected file (or the file cannot be loaded); empty when every family does. Leaves
     *  fontconfig's current configuration alone. */
    static QStringList problems(const QString &file);

    /** Makes configPath() fontconfig's current configuration when it has no problems(); else
     *  returns them and leaves the system's configuration in place. Call before the
     *  QGuiApplication. */
    static QStringList use();
};

} // namespace jiujin
