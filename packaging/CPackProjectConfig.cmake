# Read by cpack at packaging time (CPACK_PROJECT_CONFIG_FILE): what depends on the version cpack
# is making, which `cpack -R VERSION` may have changed since cmake ran.
if(NOT CPACK_DEBIAN_KIOSK_PACKAGE_DEPENDS MATCHES "jiujin-syncd")
  set(CPACK_DEBIAN_KIOSK_PACKAGE_DEPENDS "jiujin-syncd (= ${CPACK_PACKAGE_VERSION}), ${CPACK_DEBIAN_KIOSK_PACKAGE_DEPENDS}")
endif()
