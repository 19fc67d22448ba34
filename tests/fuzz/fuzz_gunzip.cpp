// protocol::gunzip: Content-Encoding: gzip bodies from the network. The first byte picks the
// output bound (so the zip-bomb path is reached with small inputs); the rest is the body.
#include "fuzz.h"
#include "wire.h"

JIUJIN_FUZZ_TARGET(gunzip)
{
    using namespace jiujin;
    if (size == 0)
        return 0;
    const qsizetype bound = data[0] == 0xff ? protocol::maxBodyBytes : qsizetype(data[0]) * 64;
    const QByteArrayView body = fuzz::bytes(data + 1, size - 1);
    auto out = protocol::gunzip(body, bound);
    if (out) {
        FUZZ_CHECK(out->size() <= bound);
        // What inflated must compress back to something that inflates to the same bytes.
        auto again = protocol::gunzip(protocol::gzip(out.value()), bound);
        FUZZ_CHECK(again.ok() && again.value() == out.value());
    } else {
        FUZZ_CHECK(out.error().code == Error::Invalid || out.error().code == Error::Full);
    }
    // The body itself as a plaintext must round-trip when it fits the bound.
    if (body.size() <= bound) {
        auto back = protocol::gunzip(protocol::gzip(body), bound);
        FUZZ_CHECK(back.ok() && back.value() == body);
    }
    return 0;
}
