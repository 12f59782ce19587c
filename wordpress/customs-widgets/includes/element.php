<?php
/**
 * An element in the page, from the shortcode or a block. Written when the page is rendered, this
 * markup is not filtered by KSES, which strips the same tag typed into a post by anyone without
 * `unfiltered_html`; hence every attribute is checked (attributes.php) and escaped here.
 *
 * @package customs-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Asks for the library's script (and the rule that keeps each element's room until it is defined) on this page.
 */
function customs_widgets_enqueue() {
	wp_enqueue_script( 'customs-widgets' );
	wp_enqueue_style( 'customs-widgets' );
}

/**
 * An element's markup: a comment for each attribute left out, then the element.
 *
 * @param string $tag        The element's tag (one of the rules' keys).
 * @param array  $given      Attribute name => value.
 * @param string $more_attrs Attributes written as they are (already escaped), such as a block's class.
 * @return string
 */
function customs_widgets_element( $tag, array $given, $more_attrs = '' ) {
	customs_widgets_enqueue();
	$checked = customs_widgets_check_attributes( $tag, $given );
	$markup  = implode( '', array_map( 'customs_widgets_comment', $checked['notes'] ) );
	$attrs   = '';
	foreach ( $checked['attributes'] as $name => $value ) {
		$attrs .= true === $value ? ' ' . $name : sprintf( ' %s="%s"', $name, esc_attr( $value ) );
	}
	return $markup . '<' . $tag . $more_attrs . $attrs . '></' . $tag . '>';
}

/**
 * An HTML comment for whoever edits the page. What it quotes was typed by an editor: nothing in it
 * may end the comment (`-->`, `--!>`) or start another.
 *
 * @param string $note What to say.
 * @return string
 */
function customs_widgets_comment( $note ) {
	$text = str_replace( array( '<', '>' ), array( '&lt;', '&gt;' ), wp_check_invalid_utf8( $note ) );
	return '<!-- customs-widgets: ' . preg_replace( '/-(?=-)/', '- ', $text ) . " -->\n";
}

/**
 * The shortcode: `[customs_widget tag="compliance-links" country="SG"]`, with the element's own
 * attribute names; a boolean one may stand alone (`[customs_widget tag="…" compact]`).
 *
 * @param array|string $atts The shortcode's attributes (an empty string when it has none).
 * @return string
 */
function customs_widgets_shortcode( $atts ) {
	$given = array();
	foreach ( (array) $atts as $name => $value ) {
		if ( is_int( $name ) ) {
			$given[ strtolower( $value ) ] = true;
		} else {
			$given[ $name ] = $value;
		}
	}
	$tag = isset( $given['tag'] ) ? strtolower( trim( (string) $given['tag'] ) ) : '';
	unset( $given['tag'] );
	$rules = customs_widgets_rules();
	if ( ! isset( $rules[ $tag ] ) ) {
		return customs_widgets_comment( sprintf( 'tag="%s" is not an element (one of %s); nothing shown', $tag, implode( ', ', array_keys( $rules ) ) ) );
	}
	return customs_widgets_element( $tag, $given );
}

/**
 * A block's markup. Its settings are the element's properties (`headingLevel`), written as the
 * element's attributes (`heading-level`); what WordPress adds to every block (its class, `lock`)
 * is no attribute of the element.
 *
 * @param WP_Block $block      The block.
 * @param array    $attributes The block's settings.
 * @return string
 */
function customs_widgets_block( $block, array $attributes ) {
	$tag   = substr( $block->name, strlen( 'customs-widgets/' ) );
	$rules = customs_widgets_rules()[ $tag ];
	$names = array_column( $rules, 'attribute', 'property' );
	$given = array();
	foreach ( $attributes as $property => $value ) {
		if ( isset( $names[ $property ] ) ) {
			$given[ $names[ $property ] ] = $value;
		} elseif ( ! isset( $block->block_type->attributes[ $property ] ) ) {
			$given[ $property ] = $value; // Typed into the block's markup by hand: reported as unknown.
		}
	}
	$wrapper = get_block_wrapper_attributes();
	return customs_widgets_element( $tag, $given, '' === $wrapper ? '' : ' ' . $wrapper );
}
