#pragma once

#include <QStringList>

class QQuickWindow;

namespace jiujin {

/**
 * What TextFitCheck is for Text, for Mongolian columns (VerticalText): finds a column longer than
 * its room (a word that does not fit), a column beyond its own item, beyond a box it sits on or
 * a parent that clips it, or off the window; Mongolian lying on its side in an ordinary Text
 * (Mongolian is only ever written in columns); and a form typed in Mongolian (FormView.oneField)
 * without the typed field's label in a column in sight. Columns in a Flickable that can be
 * scrolled into view are not clipped.
 */
class VerticalFitCheck
{
public:
    /** Slack in pixels, as TextFitCheck's. */
    static constexpr double tolerance = 2.0;

    /** One line per problem, naming the text and where it is; empty when everything fits. */
    static QStringList problems(QQuickWindow *window);
};

} // namespace jiujin
