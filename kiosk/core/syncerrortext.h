#pragma once

#include <QString>

#include <optional>

namespace jiujin {

/**
 * What a sync failure means for the person at the kiosk, from the text jiujin-syncd wrote into
 * sync.last_error ("cannot reach the gateway (curl 28): Operation too slow..."): a short Chinese
 * explanation with the next step (网络中断或信号弱：检查 4G 信号), translated like the screens, and
 * the raw code for the technician's detail line. The one mapping from libcurl's codes and
 * central's answers to words: the staff board, `jiujinctl status` and `jiujinctl doctor` ask here.
 */
class SyncErrorText
{
public:
    /** The explanation with its next step; @p clockWrong: the failure was the kiosk's clock
     *  (sync.clock_skew set), whatever the text. "" for an empty @p raw. */
    static QString explain(const QString &raw, bool clockWrong = false);
    /** "curl 28", "HTTP 503" or "" when @p raw carries neither: the detail line's code. */
    static QString code(const QString &raw);
    /** libcurl's error number in @p raw ("(curl N)", as SyncClient writes it), if any. */
    static std::optional<int> curlCode(const QString &raw);
};

} // namespace jiujin
