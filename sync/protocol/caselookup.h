#pragma once

#include "casechanges.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

/*
 * POST /v1/cases/lookup (PROTOCOL.md, "Case lookup"): a kiosk asks central, for a citizen at its
 * screen, where an application made at another point stands. The citizen proves nothing but the
 * kiosk receipt and the last four characters of the phone or ID number given in the application;
 * central answers with the case as the case feed carries it (no personal data), signed by its
 * receipt key together with the kiosk's id of the request, or a uniform 404. Decoders take bytes
 * from the network: bounded and strict.
 */
namespace jiujin::protocol {

class Key;

/** The prefix of the bytes central signs: the answer text follows it. */
inline constexpr char caseLookupSigningContext[] = "jiujin-case-lookup-v1\n";
/** The largest request body central reads (a receipt and four characters fit many times). */
inline constexpr qsizetype maxCaseLookupRequest = 1024;
/** The largest answer text (one case of the feed: materials and reasons included). */
inline constexpr qsizetype maxCaseLookupAnswer = 64 * 1024;

/** The request body: {"ask": "…", "receipt": "KKKKK-SSSSSS-C", "last4": "NNNN"}. */
struct CaseLookupRequest
{
    QString ask;     ///< the kiosk's id of this request (1-64 of [A-Za-z0-9-]), echoed signed
    QString receipt; ///< the kiosk receipt (受理编号) in canonical dashed form
    QString last4;   ///< the last four characters of the phone or ID number: [0-9]{3}[0-9X]
    friend bool operator==(const CaseLookupRequest &, const CaseLookupRequest &) = default;
};

/** The signed answer text: the case found for the receipt asked, bound to the request. */
struct CaseLookupAnswer
{
    QString receipt;  ///< the kiosk receipt asked about, as asked
    QString ask;      ///< the kiosk's id of the request it answers
    QString point;    ///< the service point that took the application (not personal data)
    CaseChange found; ///< the case; pickup "here" only when the result waits at the asker's point
    friend bool operator==(const CaseLookupAnswer &, const CaseLookupAnswer &) = default;
};

/** The 200 body: the answer text exactly as signed, and the raw signature. */
struct SignedCaseLookupAnswer
{
    QByteArray answer;
    QByteArray signature;
};

QByteArray encode(const CaseLookupRequest &request);
/** Refuses a body over maxCaseLookupRequest, an ask id not of [A-Za-z0-9-]{1,64}, a receipt
 *  not of the form KKKKK-SSSSSS-C and four characters not of [0-9]{3}[0-9X]. */
Result<CaseLookupRequest> decodeCaseLookupRequest(QByteArrayView body);

QByteArray encode(const CaseLookupAnswer &answer);
Result<CaseLookupAnswer> decodeCaseLookupAnswer(QByteArrayView text);

QByteArray encode(const SignedCaseLookupAnswer &body);
QByteArray caseLookupSigningInput(QByteArrayView answerText);
Result<SignedCaseLookupAnswer> signCaseLookupAnswer(const Key &receiptKey,
                                                    const CaseLookupAnswer &answer);
/** Verifies central's signature before anything is parsed (Error::Corrupt when it does not),
 *  then the answer (Error::Invalid when malformed). */
Result<CaseLookupAnswer> openCaseLookupAnswer(const Key &receiptKey, QByteArrayView body);

} // namespace jiujin::protocol
