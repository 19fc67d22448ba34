// RecordOpener::open (key header) and RecordOpener::open (part): sealed records as received by
// central. Input: flags (bit 0: gm suite) | aad length (u16 BE) | aad | header length (u16 BE) |
// key header | the rest: one sealed part, opened with the same aad.
#include "envelope.h"
#include "fuzz.h"
#include "fuzzkeys.h"

namespace {
const jiujin::protocol::Key &central(bool gm)
{
    using jiujin::protocol::Key;
    static const Key intl = std::move(Key::fromPem(jiujin::fuzz::centralIntlPem).value());
    static const Key sm2 = std::move(Key::fromPem(jiujin::fuzz::centralGmPem).value());
    return gm ? sm2 : intl;
}

/** The next length-prefixed field, or an empty view when the input is too short. */
QByteArrayView take(QByteArrayView &in)
{
    if (in.size() < 2)
        return in = {}, QByteArrayView();
    const qsizetype n =
        std::min<qsizetype>((qsizetype(quint8(in.at(0))) << 8) | quint8(in.at(1)), in.size() - 2);
    const QByteArrayView out = in.sliced(2, n);
    in = in.sliced(2 + n);
    return out;
}
} // namespace

JIUJIN_FUZZ_TARGET(record_opener)
{
    using namespace jiujin;
    QByteArrayView in = fuzz::bytes(data, size);
    if (in.isEmpty())
        return 0;
    const bool gm = in.at(0) & 1;
    in = in.sliced(1);
    const QByteArrayView aad = take(in);
    const QByteArrayView header = take(in);
    const QByteArrayView part = in;

    auto opener = protocol::RecordOpener::open(central(gm), header, aad);
    if (!opener) {
        FUZZ_CHECK(opener.error().code == Error::Corrupt || opener.error().code == Error::Invalid);
        return 0;
    }
    FUZZ_CHECK(opener->suite() == (gm ? protocol::Suite::Gm : protocol::Suite::Intl));
    // The header is bound to its metadata: any other metadata must not unwrap it.
    const QByteArray otherAad = aad.toByteArray() + 'x';
    FUZZ_CHECK(!protocol::RecordOpener::open(central(gm), header, otherAad));
    auto plain = opener->open(part, aad);
    if (!plain) {
        FUZZ_CHECK(plain.error().code == Error::Corrupt);
        return 0;
    }
    FUZZ_CHECK(!opener->open(part, otherAad));
    return 0;
}
