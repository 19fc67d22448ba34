#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QLoggingCategory>

#include <curl/curl.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("jiujin.*.info=false"));
    curl_global_init(CURL_GLOBAL_DEFAULT);
    const int failed = Catch::Session().run(argc, argv);
    curl_global_cleanup();
    return failed;
}
