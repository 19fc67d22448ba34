// Operator logins at central (issue 14): what a login and a session check cost, beside their
// baselines measured in the same run. A login is scrypt (N=2^15, r=8, p=1) and its transaction
// with an audit entry: compared with a bare EVP_KDF scrypt of the same parameters. A request's
// session check (SHA-256 of the token, a read and a write) is compared with a bare SELECT of the
// same row. Logins hold the gateway's one connection, so their cost is what one login makes every
// other request wait. Prints a table; asserts nothing. Usage: jiujin-bench-operators [ROUNDS].
#include "database.h"
#include "operatorroles.h"
#include "operatorservice.h"
#include "sqlitecentralstorage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace jiujin;
using namespace jiujin::gateway;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double bareScrypt()
{
    QElapsedTimer t;
    t.start();
    EVP_KDF *kdf = EVP_KDF_fetch(nullptr, "SCRYPT", nullptr);
    EVP_KDF_CTX *ctx = EVP_KDF_CTX_new(kdf);
    uint64_t n = 1 << 15, maxmem = 64ull << 20;
    uint32_t r = 8, p = 1;
    char pass[] = "window-clerk-2026", salt[] = "0123456789abcdef";
    OSSL_PARAM params[] = {OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, pass, 17),
                           OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, salt, 16),
                           OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
                           OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
                           OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
                           OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxmem),
                           OSSL_PARAM_construct_end()};
    unsigned char out[32];
    EVP_KDF_derive(ctx, out, sizeof out, params);
    EVP_KDF_CTX_free(ctx);
    EVP_KDF_free(kdf);
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("jiujin.*.info=false"));
    const int rounds = argc > 1 ? std::max(3, atoi(argv[1])) : 15;
    QTemporaryDir dir;
    auto opened = SqliteCentralStorage::open(dir.filePath(QStringLiteral("gateway.db")));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    SqliteCentralStorage &storage = *opened.value();
    OperatorService ops(storage);
    QDateTime now = QDateTime::fromSecsSinceEpoch(1796000000, Qt::UTC);
    if (!ops.add({QStringLiteral("clerk-1"),
                  {},
                  OperatorRoles::clerk,
                  {QStringLiteral("150525203")},
                  false},
                 QStringLiteral("window-clerk-2026"), QStringLiteral("bench"), now)) {
        std::fprintf(stderr, "cannot add the operator\n");
        return 1;
    }
    std::vector<double> login, scrypt, check, select;
    QByteArray token;
    for (int i = 0; i < rounds; ++i) { // interleaved: a noisy moment hits both
        now = now.addSecs(60);
        QElapsedTimer t;
        t.start();
        auto r = ops.login(QStringLiteral("clerk-1"), QStringLiteral("window-clerk-2026"), {}, now);
        login.push_back(double(t.nsecsElapsed()) / 1e6);
        token = r->token.toLatin1();
        scrypt.push_back(bareScrypt());
    }
    for (int i = 0; i < rounds * 20; ++i) {
        now = now.addSecs(1);
        QElapsedTimer t;
        t.start();
        auto s = ops.authenticate(token, now);
        check.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!s || !s->has_value()) {
            std::fprintf(stderr, "session lost\n");
            return 1;
        }
        t.restart();
        Statement q = storage.database().prepare(
            "SELECT operator, created_at, last_seen, ended_at FROM operator_sessions"
            " WHERE token_hash = ?");
        q.bind(1, OperatorService::tokenHash(token));
        q.step();
        select.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("Operator logins and session checks (median of %d logins, %d checks)\n", rounds,
                rounds * 20);
    std::printf("| what                                   | ms      | baseline ms | ratio |\n");
    std::printf("|----------------------------------------|---------|-------------|-------|\n");
    std::printf("| login (scrypt + session + audit, tx)   | %7.2f | %11.2f | %5.2f |\n",
                median(login), median(scrypt), median(login) / median(scrypt));
    std::printf("| session check (hash, read, touch, tx)  | %7.3f | %11.3f | %5.2f |\n",
                median(check), median(select), median(check) / median(select));
    std::printf(
        "baselines: a bare EVP_KDF scrypt of the same cost; a bare SELECT of the session row\n");
    return 0;
}
