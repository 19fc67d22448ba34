#pragma once

// The property every wire decoder must keep: hostile bytes give an Error with a message (never a
// crash, a hang or a sanitizer report), and whatever it accepts survives encode() -> decode()
// unchanged (so what the gateway stores is what the kiosk meant).

#include "fuzz.h"
#include "wire.h"

namespace jiujin::fuzz {

template <typename Decode> int wireRoundTrip(QByteArrayView in, Decode decode)
{
    auto first = decode(in);
    if (!first) {
        FUZZ_CHECK(!first.error().message.isEmpty());
        return 0;
    }
    const QByteArray again = protocol::encode(first.value());
    auto second = decode(QByteArrayView(again));
    if (!second)
        std::fprintf(stderr, "re-encoded body refused: %s\n", qPrintable(second.error().message));
    FUZZ_CHECK(second.ok());
    FUZZ_CHECK(second.value() == first.value());
    return 0;
}

} // namespace jiujin::fuzz
