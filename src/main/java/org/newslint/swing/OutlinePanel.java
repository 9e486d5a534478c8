package org.newslint.swing;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTree;
import javax.swing.ToolTipManager;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeCellRenderer;
import javax.swing.tree.DefaultTreeModel;
import javax.swing.tree.TreePath;
import org.eclipse.lsp4j.SymbolKind;

/**
 * The outline side panel: the server's document symbols as a tree (speakers with their quotes,
 * then people, organisations and places); a click jumps to the words in the text.
 */
public final class OutlinePanel extends JPanel {
    private final JTree tree = new JTree(new DefaultMutableTreeNode("outline"));
    private final JLabel status = new JLabel("Waiting for the server…");
    private DefaultMutableTreeNode root = new DefaultMutableTreeNode("outline");

    public OutlinePanel(Font font, Consumer<OutlineModel.Item> jump) {
        super(new BorderLayout());
        JLabel title = new JLabel("Outline");
        title.setFont(font.deriveFont(Font.BOLD));
        title.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        status.setFont(font.deriveFont(Font.ITALIC));
        status.setForeground(Color.GRAY);
        status.setBorder(BorderFactory.createEmptyBorder(0, 8, 4, 8));
        JPanel top = new JPanel(new BorderLayout());
        top.add(title, BorderLayout.NORTH);
        top.add(status, BorderLayout.SOUTH);
        add(top, BorderLayout.NORTH);
        tree.setRootVisible(false);
        tree.setShowsRootHandles(true);
        tree.setFont(font);
        tree.setRowHeight(0);
        tree.setCellRenderer(new Renderer());
        tree.setToggleClickCount(0);
        ToolTipManager.sharedInstance().registerComponent(tree); // long quotes are cut short in the panel
        tree.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                TreePath path = tree.getPathForLocation(e.getX(), e.getY());
                if (path != null
                        && path.getLastPathComponent() instanceof DefaultMutableTreeNode n
                        && n.getUserObject() instanceof OutlineModel.Item item) {
                    jump.accept(item);
                }
            }
        });
        JScrollPane scroll = new JScrollPane(tree);
        scroll.setBorder(BorderFactory.createMatteBorder(1, 0, 0, 0, new Color(0xDD, 0xDD, 0xDD)));
        add(scroll, BorderLayout.CENTER);
    }

    /** Shows a new tree, every group expanded. */
    public void update(DefaultMutableTreeNode newRoot) {
        this.root = newRoot;
        tree.setModel(new DefaultTreeModel(newRoot));
        for (int i = 0; i < tree.getRowCount(); i++) {
            tree.expandRow(i);
        }
        status.setText(newRoot.getChildCount() == 0 ? "No quotes or names found" : " ");
    }

    public void setStatus(String s) {
        status.setText(s);
    }

    public DefaultMutableTreeNode root() {
        return root;
    }

    JTree tree() {
        return tree;
    }

    /** Groups bold, details grey, quotes as they are. */
    private static final class Renderer extends DefaultTreeCellRenderer {
        Renderer() {
            setLeafIcon(null);
            setOpenIcon(null);
            setClosedIcon(null);
        }

        @Override
        public Component getTreeCellRendererComponent(
                JTree tree, Object value, boolean sel, boolean expanded, boolean leaf, int row, boolean hasFocus) {
            super.getTreeCellRendererComponent(tree, value, sel, expanded, leaf, row, hasFocus);
            if (value instanceof DefaultMutableTreeNode n && n.getUserObject() instanceof OutlineModel.Item item) {
                String name = escape(item.name());
                String detail = item.detail() == null || item.detail().isBlank() ? "" : escape(item.detail());
                boolean group = item.group() || item.kind() == SymbolKind.Namespace;
                String grey = sel ? "" : " color='#808080'";
                setText("<html>" + (group ? "<b>" + name + "</b>" : name)
                        + (detail.isEmpty() ? "" : "&nbsp;&nbsp;<font" + grey + ">" + detail + "</font>") + "</html>");
                setToolTipText(item.toString());
            }
            return this;
        }

        private static String escape(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    }
}
