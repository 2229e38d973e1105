// Linked into every test executable: before main, the sound library the app services read
// (app/services/SoundLibraryService: $FOLEYFORGE_SOUND_LIBRARY, else <repository>/data/sound-library) is pointed at a
// folder that does not exist, so a test run directly or through CTest never retrieves from a library installed on
// the machine (its takes would depend on what happens to be installed), nor from the user's own indexed libraries. Tests that need a library make their own
// and pass it explicitly.
#include <cstdlib>
#include <filesystem>
#include <string>

namespace {

const bool kIsolated = [] {
    const std::filesystem::path temp = std::filesystem::temp_directory_path();
    // The user's own libraries' index too (app/services/library: $FOLEYFORGE_LIBRARY_INDEX, else the XDG data home).
    return setenv("FOLEYFORGE_SOUND_LIBRARY", (temp / "foleyforge-tests-no-sound-library").string().c_str(), 1) == 0
        && setenv("FOLEYFORGE_LIBRARY_INDEX", (temp / "foleyforge-tests-no-library-index" / "none.sqlite").string().c_str(), 1) == 0;
}();

}  // namespace
