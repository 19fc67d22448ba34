// protocol::decodeRenewRequest / decodeRenewResponse / openPinAnnouncement: bytes from the network
// (PROTOCOL.md, "Certificates, renewal and pins"). The pins body is opened with a fixed key, so
// the fuzzer mostly reaches its shape checks and the signature check; never a crash.
#include "keys.h"
#include "renewal.h"
#include "wire_roundtrip.h"

JIUJIN_FUZZ_TARGET(renewal)
{
    using namespace jiujin;
    const QByteArrayView in = fuzz::bytes(data, size);
    fuzz::wireRoundTrip(in, [](QByteArrayView b) { return protocol::decodeRenewRequest(b); });
    fuzz::wireRoundTrip(in, [](QByteArrayView b) { return protocol::decodeRenewResponse(b); });
    static const auto key = protocol::Key::fromPem(
        "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n"
        "-----END PUBLIC KEY-----\n");
    if (key) {
        auto opened = protocol::openPinAnnouncement(key.value(), in);
        FUZZ_CHECK(opened.ok() || !opened.error().message.isEmpty());
    }
    return 0;
}
