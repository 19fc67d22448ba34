#pragma once

/*
 * JSON bodies of sync protocol v1 (PROTOCOL.md), one header per message; this one includes them
 * all for callers that speak several. Decoders take bytes from the network: they check every
 * type, size and format and return Error{Error::Invalid, "field: what is wrong"} (the message
 * names the field, never its value) instead of crashing. Unknown keys are ignored so that either
 * end may add fields later. Binary fields are standard base64 with padding (RFC 4648 §4); the
 * decoders accept only that canonical form. Every bound is in protocollimits.h, the one JSON field
 * reader in jsonfields.h (internal).
 */
#include "compression.h"
#include "enrollment.h"
#include "heartbeat.h"
#include "protocollimits.h"
#include "submissions.h"
#include "uploads.h"
