<?php
/**
 * Renders any of the plugin's blocks: each block.json names this file.
 *
 * @package customs-widgets
 *
 * @var array    $attributes The block's settings.
 * @var WP_Block $block      The block.
 */

defined( 'ABSPATH' ) || exit;

echo customs_widgets_block( $block, $attributes ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped as it is written.
