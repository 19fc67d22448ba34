#pragma once

// Central's private keys for the record_opener target and its seeds: fixed (test-only, never
// used anywhere else) so that the committed seeds open and the fuzzer starts from valid records.

namespace jiujin::fuzz {

inline constexpr char centralIntlPem[] = R"(-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VuBCIEICDbXhqN8p7i8fyu4569hg19k06hNPaZxd4vEnl7i+Fe
-----END PRIVATE KEY-----
)";

inline constexpr char centralGmPem[] = R"(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqBHM9VAYItBG0wawIBAQQg0mxslleG5lFkyiDk
jHkPNs3kkOMcrGZXbt+uxaGT4fehRANCAASNyXPMLVsBzrV39nBMOrT26c+vPDJo
9IllqL6S8OxmzdZPey2J/DHaV9qkt4wYJz+bdBbSAnwCYc6qKkj1hVaw
-----END PRIVATE KEY-----
)";

} // namespace jiujin::fuzz
