// Linked into every test executable: before main, the process is kept away from what happens to be on the machine,
// so a test run directly or through CTest gives the same result on any machine and on a second run:
// * the sound library the app services read (app/services/SoundLibraryService: $FOLEYFORGE_SOUND_LIBRARY, else
//   <repository>/data/sound-library) and the user's own libraries' index ($FOLEYFORGE_LIBRARY_INDEX) point at places
//   that do not exist (their takes would depend on what is installed); tests that need a library make their own;
// * the settings (QSettings under $XDG_CONFIG_HOME: the model pack chosen, the captioning server, the last library
//   search …) start empty in a folder of this process's own, removed when it exits.
#include <cstdlib>
#include <filesystem>
#include <string>

namespace {

std::string g_configHome;

void removeConfigHome()
{
    std::error_code ignored;
    if (!g_configHome.empty()) std::filesystem::remove_all(g_configHome, ignored);
}

bool isolateSettings(const std::filesystem::path& temp)
{
    std::string pattern = (temp / "foleyforge-tests-config-XXXXXX").string();
    if (!mkdtemp(pattern.data())) return false;
    g_configHome = pattern;
    std::atexit(removeConfigHome);
    return setenv("XDG_CONFIG_HOME", g_configHome.c_str(), 1) == 0;
}

const bool kIsolated = [] {
    const std::filesystem::path temp = std::filesystem::temp_directory_path();
    return setenv("FOLEYFORGE_SOUND_LIBRARY", (temp / "foleyforge-tests-no-sound-library").string().c_str(), 1) == 0
        && setenv("FOLEYFORGE_LIBRARY_INDEX", (temp / "foleyforge-tests-no-library-index" / "none.sqlite").string().c_str(), 1) == 0
        && isolateSettings(temp);
}();

}  // namespace
