package care.backcare.tracker.api.web.page;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceWorkerControllerTest {

    private final ServiceWorkerController controller = new ServiceWorkerController();

    @Test
    void the_worker_carries_a_version_hashed_from_the_shell_and_the_whole_shell_to_precache() {
        String script = controller.serviceWorker().getBody();

        assertThat(controller.version()).matches("[0-9a-f]{16}");
        assertThat(script).contains("const VERSION = '" + controller.version() + "';")
                .doesNotContain("__VERSION__").doesNotContain("__SHELL__")
                .contains("'/'", "'/js/app.js'", "'/js/player.js'", "'/js/offline-queue.js'", "'/css/app.css'",
                        "'/css/phone.css'", "'/manifest.webmanifest'", "'/icons/icon-192.png'", "'/icons/maskable-512.png'");
    }

    @Test
    void nothing_of_the_patients_data_nor_the_shared_page_is_in_the_shell() {
        String shell = controller.serviceWorker().getBody().split("const SHELL = ", 2)[1].split(";", 2)[0];

        assertThat(shell).doesNotContain("/api/").doesNotContain("shared").doesNotContain("index.html");
    }

    @Test
    void the_same_files_give_the_same_version() {
        assertThat(new ServiceWorkerController().version()).isEqualTo(controller.version());
    }
}
