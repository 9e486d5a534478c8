package org.newslint.swing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.swing.JTextArea;
import org.junit.jupiter.api.Test;

/** Point, mark and region on a text area that is never shown. */
class PointAndMarkTest {
    private final JTextArea area = EditingFixture.onEdt(() -> {
        JTextArea a = new JTextArea("The bridge will close.");
        a.setCaretPosition(0);
        return a;
    });
    private final PointAndMark pm = new PointAndMark(area);

    @Test
    void withoutAMarkThereIsNoRegionUnlessTheMouseSelected() {
        EditingFixture.onEdt(() -> {
            assertThat(pm.mark()).isEqualTo(-1);
            assertThatThrownBy(pm::region)
                    .isInstanceOf(Commands.UserError.class)
                    .hasMessage("The mark is not set now, so there is no region");
            area.select(4, 10);
            assertThat(pm.region()).containsExactly(4, 10);
            return null;
        });
    }

    @Test
    void anActiveMarkShowsTheRegionAsTheSelectionAndFollowsEdits() {
        EditingFixture.onEdt(() -> {
            pm.setMark(4);
            pm.moveTo(10);
            assertThat(area.getSelectedText()).isEqualTo("bridge");
            assertThat(pm.region()).containsExactly(4, 10);
            area.getDocument().insertString(0, ">> ", null);
            assertThat(pm.mark()).as("the mark stays on its character").isEqualTo(7);
            pm.moveTo(1000);
            assertThat(pm.point()).as("point is kept in the text").isEqualTo(pm.length());
            return null;
        });
    }

    @Test
    void insertingEndsTheRegionAndLeavesPointAfterTheText() {
        EditingFixture.onEdt(() -> {
            pm.setMark(0);
            pm.moveTo(3);
            pm.insert("A");
            assertThat(pm.markActive()).isFalse();
            assertThat(area.getSelectedText()).isNull();
            assertThat(pm.point()).isEqualTo(4);
            assertThat(area.getText()).startsWith("TheA bridge");
            pm.remove(0, 4);
            assertThat(pm.point()).isZero();
            assertThat(area.getText()).startsWith(" bridge");
            return null;
        });
    }

    @Test
    void aPushedMarkIsInactiveSoMotionSelectsNothing() {
        EditingFixture.onEdt(() -> {
            pm.pushMark(4);
            pm.moveTo(10);
            assertThat(pm.mark()).isEqualTo(4);
            assertThat(pm.markActive()).isFalse();
            assertThat(area.getSelectedText()).isNull();
            assertThat(pm.deleteActiveRegion())
                    .as("an inactive region is not deleted")
                    .isFalse();
            assertThat(pm.region()).as("but it is still the region").containsExactly(4, 10);
            pm.clearMark();
            assertThat(pm.mark()).isEqualTo(-1);
            return null;
        });
    }

    @Test
    void anActiveNonEmptyRegionIsDeletedWhole() {
        EditingFixture.onEdt(() -> {
            pm.setMark(0);
            assertThat(pm.deleteActiveRegion()).as("empty").isFalse();
            pm.moveTo(4);
            assertThat(pm.deleteActiveRegion()).isTrue();
            assertThat(area.getText()).isEqualTo("bridge will close.");
            assertThat(pm.markActive()).isFalse();
            return null;
        });
    }
}
