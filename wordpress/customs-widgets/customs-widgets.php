<?php
/**
 * Plugin Name:       Customs Widgets
 * Description:       Sourced, dated facts about customs international cooperation (WCO, APEC, ASEAN Customs, ASEM) in posts and pages: the [customs_widget] shortcode and one block per widget. The widgets' files are served from this site; no request leaves it.
 * Version:           __VERSION__
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       customs-widgets
 *
 * @package customs-widgets
 */

defined( 'ABSPATH' ) || exit;

define( 'CUSTOMS_WIDGETS_VERSION', '__VERSION__' );
define( 'CUSTOMS_WIDGETS_FILE', __FILE__ );

require __DIR__ . '/includes/attributes.php';
require __DIR__ . '/includes/element.php';

add_action( 'init', 'customs_widgets_register' );
add_action( 'wp_enqueue_scripts', 'customs_widgets_enqueue_early' );
add_action( 'enqueue_block_editor_assets', 'customs_widgets_editor_assets' );
add_filter( 'script_loader_tag', 'customs_widgets_module_tag', 10, 3 );

/**
 * Registers the library's script and stylesheet, the shortcode and the blocks.
 */
function customs_widgets_register() {
	// The autoloader defines only the elements a page holds (and those added later, as in the
	// editor's previews), loading each from assets/cdn/ beside it. `true`: printed in the footer,
	// since a shortcode or block asks for it while the content is being rendered.
	wp_register_script( 'customs-widgets', plugins_url( 'assets/autoloader.js', CUSTOMS_WIDGETS_FILE ), array(), CUSTOMS_WIDGETS_VERSION, true );
	wp_register_style( 'customs-widgets', plugins_url( 'assets/until-defined.css', CUSTOMS_WIDGETS_FILE ), array(), CUSTOMS_WIDGETS_VERSION );

	add_shortcode( 'customs_widget', 'customs_widgets_shortcode' );

	// Each block's block.json names this script: WordPress 6.1 offers a block in the inserter only
	// once the editor has registered it in JavaScript.
	wp_register_script(
		'customs-widgets-editor',
		plugins_url( 'editor.js', CUSTOMS_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-server-side-render' ),
		CUSTOMS_WIDGETS_VERSION,
		false
	);

	foreach ( glob( __DIR__ . '/blocks/*/block.json' ) as $block_json ) {
		register_block_type( dirname( $block_json ) );
	}
}

/**
 * On the page of a post that holds the shortcode or a block, the stylesheet that keeps each
 * element's room goes in the head: asked for while the content is rendered, it would come after
 * the content, too late to keep anything.
 */
function customs_widgets_enqueue_early() {
	$post = get_post();
	if ( is_singular() && $post && ( has_shortcode( $post->post_content, 'customs_widget' ) || false !== strpos( $post->post_content, '<!-- wp:customs-widgets/' ) ) ) {
		wp_enqueue_style( 'customs-widgets' );
	}
}

/**
 * In the block editor: what the blocks' settings offer, and the elements themselves, so that a
 * block's preview shows what readers will see.
 */
function customs_widgets_editor_assets() {
	wp_add_inline_script( 'customs-widgets-editor', 'window.customsWidgets = ' . wp_json_encode( customs_widgets_editor_settings() ) . ';', 'before' );
	customs_widgets_enqueue();
}

/**
 * Prints the library's script as the ES module it is. WordPress 6.1 has no API for modules.
 *
 * @param string $tag    The script tag WordPress wrote.
 * @param string $handle The script's handle.
 * @param string $src    The script's URL.
 * @return string
 */
function customs_widgets_module_tag( $tag, $handle, $src ) {
	if ( 'customs-widgets' !== $handle ) {
		return $tag;
	}
	// phpcs:ignore WordPress.WP.EnqueuedResources.NonEnqueuedScript -- this is the enqueued script, printed as a module.
	return sprintf( "<script type=\"module\" src=\"%s\" id=\"customs-widgets-js\"></script>\n", esc_url( $src ) );
}
