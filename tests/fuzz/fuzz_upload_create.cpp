// protocol::decodeUploadCreate: bytes from the network (PROTOCOL.md, POST /v1/uploads).
#include "wire_roundtrip.h"

JIUJIN_FUZZ_TARGET(upload_create)
{
    return jiujin::fuzz::wireRoundTrip(jiujin::fuzz::bytes(data, size), [](QByteArrayView in) {
        return jiujin::protocol::decodeUploadCreate(in);
    });
}
