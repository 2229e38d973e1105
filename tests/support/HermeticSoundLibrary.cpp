// Linked into every test executable: before main, the sound library the app services read
// (app/services/SoundLibraryService: $FOLEYFORGE_SOUND_LIBRARY, else <repository>/data/sound-library) is pointed at a
// folder that does not exist, so a test run directly or through CTest never retrieves from a library installed on
// the machine (its takes would depend on what happens to be installed). Tests that need a library make their own
// and pass it explicitly.
#include <cstdlib>
#include <filesystem>
#include <string>

namespace {

const bool kIsolated = [] {
    const std::string path = (std::filesystem::temp_directory_path() / "foleyforge-tests-no-sound-library").string();
    return setenv("FOLEYFORGE_SOUND_LIBRARY", path.c_str(), 1) == 0;
}();

}  // namespace
