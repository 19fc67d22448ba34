// PinyinInput::candidates: what a citizen types on the on-screen or a USB keyboard. Input: one
// byte for the limit (1-64) and the fuzzy flags, then the text as UTF-8. Every candidate must
// stand for at least one character of the input and never more than there is.
#include "fuzz.h"
#include "pinyininput.h"

JIUJIN_FUZZ_TARGET(pinyin_input)
{
    using namespace jiujin;
    if (size < 1)
        return 0;
    const QString typed =
        QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const auto found = PinyinInput::builtin().candidates(typed, 1 + data[0] % 64, data[0] & 0x7f);
    for (const auto &c : found)
        if (c.consumed <= 0 || c.consumed > typed.size() || c.text.isEmpty())
            __builtin_trap();
    return 0;
}
