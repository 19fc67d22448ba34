// protocol::decodeSubmissionBatch: bytes from the network (PROTOCOL.md).
#include "wire_roundtrip.h"

JIUJIN_FUZZ_TARGET(submission_batch)
{
    return jiujin::fuzz::wireRoundTrip(jiujin::fuzz::bytes(data, size), [](QByteArrayView in) {
        return jiujin::protocol::decodeSubmissionBatch(in);
    });
}
